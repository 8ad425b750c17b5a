import { defineMessages } from '../define';

export const popup = defineMessages(
  {
    title: 'Cadre',
    rulesHeading: 'La charte en six règles',
    protectionActive: 'Protection active sur cet onglet WhatsApp',
    protectionInactive:
      'Protection inactive : Cadre ne trouve pas la zone de saisie de WhatsApp sur cet onglet.',
    protectionUnwatched:
      'Cette conversation n’est pas surveillée : ouvrez votre conversation de mentorat et choisissez « Surveiller cette conversation ».',
    protectionIdle: 'WhatsApp est ouvert : choisissez votre conversation de mentorat.',
    protectionNoTab: 'Ouvrez WhatsApp Web (web.whatsapp.com) pour que Cadre vous accompagne.',
    protectionReload: 'Rechargez l’onglet WhatsApp pour activer Cadre.',
    openOptions: 'Réglages et charte',
    coverage:
      'Cadre protège WhatsApp Web dans ce navigateur seulement, pas l’application du téléphone ni WhatsApp Desktop.',
    readMore: 'Lire la règle complète',
    protectionPartial: 'Protection incomplète sur cet onglet WhatsApp :',
    missingComposer: 'Cadre ne trouve pas la zone de saisie : vos messages ne sont pas vérifiés.',
    missingSendControl:
      'Cadre ne reconnaît pas le bouton Envoyer : chaque clic d’envoi est retenu le temps de vérifier le message.',
    missingAttachments:
      'Cadre ne voit pas l’aperçu des pièces jointes : leur envoi attend que vous confirmiez les avoir vérifiées.',
    missingMessages:
      'Cadre ne lit pas les messages reçus : les disponibilités partagées par votre mentor ne sont pas proposées.',
    missingSentMessages:
      'Cadre ne distingue pas vos messages envoyés de ceux reçus : pour entendre une détresse dite en plusieurs messages, il relit aussi ceux dont il ne sait pas qui les a écrits.',
    missingChatTitle:
      'Cadre ne lit pas le nom de la discussion ouverte : par précaution, il vérifie vos messages dans toutes les discussions.',
    forwardsUnchecked:
      'Les messages transférés depuis une autre conversation ne sont pas vérifiés.',
  },
  {
    title: 'Cadre',
    rulesHeading: 'The charter in six rules',
    protectionActive: 'Protection active on this WhatsApp tab',
    protectionInactive:
      "Protection inactive: Cadre cannot find WhatsApp's message box on this tab.",
    protectionUnwatched:
      'This chat is not watched: open your mentoring chat and choose “Watch this chat”.',
    protectionIdle: 'WhatsApp is open: choose your mentoring chat.',
    protectionNoTab: 'Open WhatsApp Web (web.whatsapp.com) for Cadre to help you.',
    protectionReload: 'Reload the WhatsApp tab to turn Cadre on.',
    openOptions: 'Settings and charter',
    coverage:
      'Cadre protects WhatsApp Web in this browser only, not the phone app nor WhatsApp Desktop.',
    readMore: 'Read the full rule',
    protectionPartial: 'Partial protection on this WhatsApp tab:',
    missingComposer: 'Cadre cannot find the message box: your messages are not checked.',
    missingSendControl:
      'Cadre does not recognise the Send button: every click that may send is held while the message is checked.',
    missingAttachments:
      'Cadre cannot see the attachments’ preview: sending them waits until you confirm you checked them.',
    missingMessages:
      'Cadre cannot read received messages: availability your mentor shares is not offered.',
    missingSentMessages:
      'Cadre cannot tell your sent messages from received ones: to hear a distress told over several messages, it also rereads those it cannot attribute.',
    missingChatTitle:
      "Cadre cannot read the open chat's name: to be safe, it checks your messages in every chat.",
    forwardsUnchecked: 'Messages forwarded from another chat are not checked.',
  },
);
