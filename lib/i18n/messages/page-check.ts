import { defineMessages } from '../define';

// "Vérifier la page WhatsApp" in the options: what Cadre recognises on the person's own
// WhatsApp Web, and the markup skeleton they may choose to send to the team.
export const pageCheck = defineMessages(
  {
    sectionTitle: 'Vérifier la page WhatsApp',
    intro:
      'WhatsApp change sa page de temps en temps. Ici, Cadre regarde votre onglet WhatsApp Web ouvert et dit, pour chaque protection, s’il reconnaît la partie de la page dont elle a besoin. Rien n’est envoyé nulle part.',
    check: 'Vérifier la page WhatsApp',
    checking: 'Vérification…',
    noTab:
      'Aucun onglet WhatsApp Web ne répond. Ouvrez web.whatsapp.com (ou rechargez-le), ouvrez une conversation, puis réessayez.',
    tableCaption: 'Ce que Cadre reconnaît sur votre onglet WhatsApp',
    columnPart: 'Partie de la page',
    columnState: 'État',
    columnMatched: 'Reconnue par',
    partComposer: 'Zone de saisie',
    partSendControl: 'Bouton Envoyer',
    partAttachments: 'Aperçu des pièces jointes',
    partMessages: 'Messages reçus',
    partSentMessages: 'Messages envoyés',
    partChatTitle: 'Nom de la discussion',
    stateOk: 'reconnue',
    stateMissing: 'non reconnue',
    stateUnknown: 'pas encore vue',
    unknownHint:
      '« Pas encore vue » : le bouton Envoyer n’apparaît qu’une fois du texte tapé, l’aperçu qu’une fois un fichier joint. Tapez un mot (sans l’envoyer) ou joignez un fichier, puis vérifiez à nouveau.',
    exportIntro:
      'Pour aider l’équipe à suivre WhatsApp, vous pouvez enregistrer le squelette de la page : les noms des balises et des repères techniques, sans aucun texte, message, nom ni numéro. Relisez le fichier avant de le transmettre.',
    export: 'Enregistrer le squelette de la page',
    exported: 'Fichier enregistré : {name}',
  },
  {
    sectionTitle: 'Check the WhatsApp page',
    intro:
      'WhatsApp changes its page from time to time. Here Cadre looks at your open WhatsApp Web tab and tells, for each protection, whether it recognises the part of the page it needs. Nothing is sent anywhere.',
    check: 'Check the WhatsApp page',
    checking: 'Checking…',
    noTab:
      'No WhatsApp Web tab answers. Open web.whatsapp.com (or reload it), open a chat, then try again.',
    tableCaption: 'What Cadre recognises on your WhatsApp tab',
    columnPart: 'Part of the page',
    columnState: 'State',
    columnMatched: 'Recognised by',
    partComposer: 'Message box',
    partSendControl: 'Send button',
    partAttachments: 'Attachment preview',
    partMessages: 'Received messages',
    partSentMessages: 'Sent messages',
    partChatTitle: 'Chat name',
    stateOk: 'recognised',
    stateMissing: 'not recognised',
    stateUnknown: 'not seen yet',
    unknownHint:
      '“Not seen yet”: the Send button appears only once text is typed, the preview only once a file is attached. Type a word (without sending it) or attach a file, then check again.',
    exportIntro:
      'To help the team keep up with WhatsApp, you can save the page’s skeleton: tag names and technical anchors, with no text, message, name or number. Read the file before passing it on.',
    export: 'Save the page skeleton',
    exported: 'File saved: {name}',
  },
);
