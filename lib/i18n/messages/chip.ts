import { defineMessages } from '../define';

// The chip beside WhatsApp's composer. Its text always starts with "Cadre" (a stable hook).
export const chip = defineMessages(
  {
    active: 'Cadre actif',
    inactive: 'Cadre — protection inactive',
    inactiveHelp:
      'Cadre ne trouve pas la zone de saisie de WhatsApp : la page a peut-être changé. Vos messages ne sont pas vérifiés.',
    unwatched: 'Cadre',
    watchChat: 'Surveiller cette conversation',
    unwatchChat: 'Ne plus surveiller cette conversation',
    findings: { one: 'Cadre · {n} point à vérifier', other: 'Cadre · {n} points à vérifier' },
    reload: 'Cadre — rechargez la page',
    starting: 'Cadre — chargement…',
    activeHelp:
      'Cadre vérifie vos messages et vos pièces jointes avant l’envoi. Les messages transférés depuis une autre conversation ne sont pas vérifiés.',
    partial: 'Cadre — protection incomplète : {missing}',
    partialHelp:
      'Cadre ne reconnaît pas toute la page WhatsApp. Ce qu’il ne peut pas vérifier, il le retient avant l’envoi et vous demande de confirmer.',
    missingComposer: 'zone de saisie introuvable',
    missingSendControl: 'bouton Envoyer non reconnu',
    missingAttachments: 'pièces jointes non vérifiées',
    missingMessages: 'messages reçus non lus',
    missingSentMessages: 'vos messages envoyés non distingués',
    missingChatTitle: 'nom de la discussion non lu',
    renamedTitle: 'Conversation renommée',
    renamedText:
      'Cette conversation surveillée s’appelle maintenant « {to} » (avant : « {from} »). Cadre ne la surveille plus tant que vous ne le confirmez pas.',
    renamedKeep: 'Continuer à la surveiller',
    renamedNo: 'Non',
  },
  {
    active: 'Cadre active',
    inactive: 'Cadre — protection inactive',
    inactiveHelp:
      "Cadre cannot find WhatsApp's message box: the page may have changed. Your messages are not being checked.",
    unwatched: 'Cadre',
    watchChat: 'Watch this chat',
    unwatchChat: 'Stop watching this chat',
    findings: { one: 'Cadre · {n} item to check', other: 'Cadre · {n} items to check' },
    reload: 'Cadre — reload the page',
    starting: 'Cadre — loading…',
    activeHelp:
      'Cadre checks your messages and attachments before they are sent. Messages forwarded from another chat are not checked.',
    partial: 'Cadre — partly protected: {missing}',
    partialHelp:
      'Cadre does not recognise all of the WhatsApp page. What it cannot check, it holds before sending and asks you to confirm.',
    missingComposer: 'message box not found',
    missingSendControl: 'Send button not recognised',
    missingAttachments: 'attachments not checked',
    missingMessages: 'received messages not read',
    missingSentMessages: 'your sent messages not told apart',
    missingChatTitle: 'chat name not read',
    renamedTitle: 'Chat renamed',
    renamedText:
      'This watched chat is now called “{to}” (before: “{from}”). Cadre no longer watches it until you confirm.',
    renamedKeep: 'Keep watching it',
    renamedNo: 'No',
  },
);
