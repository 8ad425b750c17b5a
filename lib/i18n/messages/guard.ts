import { defineMessages } from '../define';

// The send guard: finding card, the panel before a risky send, attachments, distress,
// urgency and the question nudge. Calm words; the charter's own where it has them.
export const guard = defineMessages(
  {
    typePERSON: 'Nom de personne',
    typeORG: "Nom d'entreprise",
    typeEMAIL: 'Adresse e-mail',
    typePHONE: 'Numéro de téléphone',
    typeIBAN: 'IBAN',
    typeCARD: 'Numéro de carte',
    typeNIR: 'N° de sécurité sociale',
    typeSIRET: 'SIRET',
    typeADDRESS: 'Adresse postale',
    typeLINK: 'Lien interne',
    typePLATE: 'Immatriculation',
    typeDOB: 'Date de naissance',
    charterRule2:
      'La charte : « aucun nom de client, aucune donnée identifiable, aucun document interne, aucune capture d’écran ne doivent être transmis ».',
    cardAnonymize: 'Anonymiser',
    cardIgnore: 'Ignorer cette fois',
    cardAllow: 'Toujours autoriser ce mot',
    cardIgnoreInChat: 'Ignorer dans cette conversation',
    cardWatch: 'Ajouter « {word} » à ma liste de vigilance',
    cardAdded: 'Ajouté à votre liste.',
    cardLabel: 'Cadre : {type}',
    panelTitle: {
      one: 'Avant d’envoyer : {n} élément à vérifier',
      other: 'Avant d’envoyer : {n} éléments à vérifier',
    },
    panelIntro:
      'Ce message contient des informations qui pourraient identifier quelqu’un. La charte demande que les situations soient anonymisées.',
    previewLabel: 'Message anonymisé (vous pouvez le retoucher)',
    previewEdited: 'Vous avez retouché l’aperçu : c’est ce texte qui partira.',
    anonymizeAndSend: 'Anonymiser et envoyer',
    edit: 'Modifier',
    sendAnyway: 'Envoyer quand même',
    working: 'Remplacement en cours…',
    verifyFailed:
      'Cadre n’a pas pu remplacer le texte dans WhatsApp. Rien n’a été envoyé et votre message est intact : modifiez-le à la main.',
    verifyFailedAltered:
      'Cadre n’a pas pu remplacer le texte dans WhatsApp, ni y remettre votre message tel quel. Rien n’a été envoyé. Votre message d’origine est ci-dessous : copiez-le, puis corrigez la zone de saisie à la main.',
    originalLabel: 'Votre message d’origine',
    copyOriginal: 'Copier le message d’origine',
    originalCopied: 'Copié',
    originalSelected: 'Le texte est sélectionné : copiez-le avec Ctrl+C (⌘+C sur Mac).',
    keysHint: 'Échap : revenir au message',
    attachDocumentTitle: 'Un document est joint',
    attachScreenshotTitle: 'Une capture d’écran est jointe',
    attachBody:
      'La charte demande de ne transmettre aucun document interne et aucune capture d’écran. Décrivez plutôt la situation, anonymisée.',
    attachFiles: 'Pièce jointe : {names}',
    attachRemove: 'Retirer la pièce jointe',
    attachKeep: 'Garder et continuer',
    attachRemoveFailed:
      'Cadre n’a pas pu retirer la pièce jointe : fermez l’aperçu avec sa croix. Rien n’a été envoyé.',
    photoReminder:
      'Photo jointe : vérifiez qu’on n’y reconnaît ni personne, ni document, ni écran.',
    checkingTitle: 'Cadre vérifie ce message…',
    checkingBody:
      'Un instant : Cadre finit de se charger. Le message partira dès qu’il est vérifié.',
    uncheckedTitle: 'Cadre n’a pas pu vérifier ce message',
    uncheckedError:
      'Une erreur a empêché la vérification. Rien n’est parti et votre message est intact. Relisez-le : s’il ne contient ni nom ni donnée identifiable, vous pouvez l’envoyer.',
    uncheckedNotReady:
      'Cadre n’a pas encore pu lire vos réglages ou la conversation. Rien n’est parti et votre message est intact. Relisez-le : s’il ne contient ni nom ni donnée identifiable, vous pouvez l’envoyer.',
    unseenFilesTitle: 'Cadre ne voit pas l’aperçu de cette pièce jointe',
    unseenFilesBody:
      'WhatsApp a changé sa page : Cadre ne peut vérifier ni le fichier ni sa légende. La charte demande de ne transmettre aucun document interne, aucune capture d’écran et aucune donnée identifiable. Vérifiez vous-même avant d’envoyer.',
    unseenFilesConfirm: 'J’ai vérifié, continuer',
    unknownFilesTitle: 'Cadre n’a pas vu quel fichier vous joignez',
    unknownFilesBody:
      'Ce fichier est arrivé par un chemin que Cadre ne voit pas : il ne peut pas dire si c’est un document interne ou une capture d’écran. La charte demande de ne transmettre aucun document interne, aucune capture d’écran et aucune donnée identifiable. Vérifiez le fichier avant d’envoyer ; sa légende sera vérifiée comme un message.',
    distressTitle: 'Vous traversez peut-être un moment difficile',
    distressBody:
      'Votre message peut partir : votre mentor le lira sur ses plages habituelles. Mais votre mentor n’est pas un service d’urgence, et WhatsApp n’est pas un canal d’urgence. Si ça ne va pas maintenant, des personnes peuvent vous écouter tout de suite :',
    distressNow: 'Si vous êtes en danger maintenant, appelez le {number}.',
    distressSms: 'SMS au {number}',
    distressCountry: 'Numéros pour : {country} (modifiable dans les options de Cadre)',
    countryFR: 'France',
    countryBE: 'Belgique',
    countryCH: 'Suisse',
    countryCA: 'Canada (Québec)',
    countryGB: 'Royaume-Uni',
    countryUS: 'États-Unis',
    urgentEmergency: 'Une vie en danger ? Appelez le {number}.',
    distressSend: 'Envoyer le message',
    back: 'Revenir au message',
    urgentTitle: 'WhatsApp n’est pas un canal d’urgence',
    urgentOpen:
      'Votre mentor répond pendant les plages de réponse, pas dans l’instant. Pour une urgence, appelez plutôt la personne ou le service concerné.',
    urgentClosed:
      'Les plages de réponse sont fermées : prochaine ouverture {when}. Pour une urgence, appelez plutôt la personne ou le service concerné.',
    urgentSend: 'Envoyer quand même',
    vagueTitle: 'Structurer la question ?',
    vagueBody:
      'Formuler une question, c’est déjà un premier travail d’analyse. Une structure simple aide votre mentor à vous répondre.',
    vagueInsert: 'Insérer la structure',
    vagueSend: 'Envoyer tel quel',
    vagueOff: 'Ne plus proposer',
    vagueTemplate: 'Situation (anonymisée) : {text}\nCe que j’ai essayé : \nMa question : ',
  },
  {
    typePERSON: 'Person’s name',
    typeORG: 'Company name',
    typeEMAIL: 'Email address',
    typePHONE: 'Phone number',
    typeIBAN: 'IBAN',
    typeCARD: 'Card number',
    typeNIR: 'Social security number',
    typeSIRET: 'SIRET',
    typeADDRESS: 'Postal address',
    typeLINK: 'Internal link',
    typePLATE: 'Licence plate',
    typeDOB: 'Date of birth',
    charterRule2:
      'The charter: “no client name, no identifiable data, no internal document and no screenshot may be shared”.',
    cardAnonymize: 'Anonymize',
    cardIgnore: 'Ignore once',
    cardAllow: 'Always allow this word',
    cardIgnoreInChat: 'Ignore in this chat',
    cardWatch: 'Add “{word}” to my watch-list',
    cardAdded: 'Added to your list.',
    cardLabel: 'Cadre: {type}',
    panelTitle: {
      one: 'Before sending: {n} item to check',
      other: 'Before sending: {n} items to check',
    },
    panelIntro:
      'This message holds information that could identify someone. The charter asks that situations be anonymised.',
    previewLabel: 'Anonymised message (you may edit it)',
    previewEdited: 'You edited the preview: this is the text that will be sent.',
    anonymizeAndSend: 'Anonymize and send',
    edit: 'Edit',
    sendAnyway: 'Send anyway',
    working: 'Replacing…',
    verifyFailed:
      'Cadre could not replace the text in WhatsApp. Nothing was sent and your message is intact: please edit it by hand.',
    verifyFailedAltered:
      'Cadre could not replace the text in WhatsApp, nor put your message back as it was. Nothing was sent. Your original message is below: copy it, then correct the message box by hand.',
    originalLabel: 'Your original message',
    copyOriginal: 'Copy the original message',
    originalCopied: 'Copied',
    originalSelected: 'The text is selected: copy it with Ctrl+C (⌘+C on a Mac).',
    keysHint: 'Esc: back to the message',
    attachDocumentTitle: 'A document is attached',
    attachScreenshotTitle: 'A screenshot is attached',
    attachBody:
      'The charter asks that no internal document and no screenshot be shared. Describe the situation instead, anonymised.',
    attachFiles: 'Attachment: {names}',
    attachRemove: 'Remove the attachment',
    attachKeep: 'Keep it and continue',
    attachRemoveFailed:
      'Cadre could not remove the attachment: close the preview with its cross. Nothing was sent.',
    photoReminder: 'Photo attached: check that no person, document or screen can be recognised.',
    checkingTitle: 'Cadre is checking this message…',
    checkingBody:
      'One moment: Cadre is finishing loading. The message goes as soon as it is checked.',
    uncheckedTitle: 'Cadre could not check this message',
    uncheckedError:
      'An error stopped the check. Nothing was sent and your message is intact. Read it again: if it holds no name and no identifiable data, you can send it.',
    uncheckedNotReady:
      'Cadre could not read its settings or the chat yet. Nothing was sent and your message is intact. Read it again: if it holds no name and no identifiable data, you can send it.',
    unseenFilesTitle: 'Cadre cannot see this attachment’s preview',
    unseenFilesBody:
      'WhatsApp changed its page: Cadre can check neither the file nor its caption. The charter asks that no internal document, no screenshot and no identifiable data be shared. Check it yourself before sending.',
    unseenFilesConfirm: 'I checked, continue',
    unknownFilesTitle: 'Cadre did not see which file you are attaching',
    unknownFilesBody:
      'This file came in a way Cadre cannot see: it cannot tell whether it is an internal document or a screenshot. The charter asks that no internal document, no screenshot and no identifiable data be shared. Check the file before sending; its caption will be checked like a message.',
    distressTitle: 'You may be going through a hard time',
    distressBody:
      'Your message can go: your mentor will read it during the usual hours. But your mentor is not an emergency service, and WhatsApp is not an emergency channel. If things are not OK right now, people can listen to you straight away:',
    distressNow: 'If you are in danger now, call {number}.',
    distressSms: 'text {number}',
    distressCountry: 'Numbers for: {country} (you can change it in Cadre’s options)',
    countryFR: 'France',
    countryBE: 'Belgium',
    countryCH: 'Switzerland',
    countryCA: 'Canada (Québec)',
    countryGB: 'United Kingdom',
    countryUS: 'United States',
    urgentEmergency: 'A life in danger? Call {number}.',
    distressSend: 'Send the message',
    back: 'Back to the message',
    urgentTitle: 'WhatsApp is not an emergency channel',
    urgentOpen:
      'Your mentor replies during the response window, not instantly. For an emergency, call the person or service concerned instead.',
    urgentClosed:
      'The response window is closed: it opens again {when}. For an emergency, call the person or service concerned instead.',
    urgentSend: 'Send anyway',
    vagueTitle: 'Structure the question?',
    vagueBody:
      'Formulating a question is already a first piece of analysis. A simple structure helps your mentor answer.',
    vagueInsert: 'Insert the structure',
    vagueSend: 'Send as is',
    vagueOff: 'Don’t suggest again',
    vagueTemplate: 'Situation (anonymised): {text}\nWhat I tried: \nMy question: ',
  },
);
