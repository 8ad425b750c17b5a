import { defineMessages } from '../define';

// The Data section and the popup's additions.
export const data = defineMessages(
  {
    intro:
      'Tout ce que Cadre garde reste sur cet ordinateur : réglages, charte et signatures, listes, journal et notes. Aucun texte de message, sauf vos notes.',
    exportHeading: 'Sauvegarder',
    exportHelp:
      'Un seul fichier qui contient tout, pour le garder ou le reprendre sur un autre ordinateur.',
    exportButton: 'Télécharger une sauvegarde',
    exported: 'Sauvegarde téléchargée.',
    exportBroken:
      'Cadre n’a pas pu préparer une sauvegarde qui se restaure entièrement (partie : {where}) : aucun fichier n’a été téléchargé.',
    storageHeading: 'Conservation sur cet ordinateur',
    storagePersisted:
      'Le navigateur s’est engagé à garder les données de Cadre, même quand il manque de place.',
    storageNotPersisted:
      'Le navigateur ne s’est pas engagé à garder les données de Cadre s’il manque de place : téléchargez une sauvegarde de temps en temps.',
    storageUnknown:
      'Impossible de savoir si le navigateur gardera les données de Cadre : téléchargez une sauvegarde de temps en temps.',
    fileBase: 'cadre-sauvegarde',
    importHeading: 'Restaurer une sauvegarde',
    importHelp: 'Remplace tout ce que Cadre garde par le contenu du fichier.',
    importLabel: 'Fichier de sauvegarde Cadre (.json)',
    importConfirmTitle: 'Restaurer cette sauvegarde ?',
    importConfirmText:
      'Sauvegarde du {date}. Tout ce que Cadre garde aujourd’hui sera remplacé par son contenu.',
    importConfirm: 'Restaurer',
    imported: 'Sauvegarde restaurée.',
    importNotJson:
      'Ce fichier n’est pas une sauvegarde Cadre : il est illisible. Rien n’a été modifié.',
    importForeign: 'Ce fichier n’est pas une sauvegarde Cadre. Rien n’a été modifié.',
    importNewer:
      'Cette sauvegarde vient d’une version plus récente de Cadre (format {version}). Mettez Cadre à jour, puis réessayez. Rien n’a été modifié.',
    importMalformed:
      'Cette sauvegarde est abîmée ou incomplète (partie : {where}). Rien n’a été modifié.',
    'part.header': 'en-tête du fichier',
    'part.settings': 'réglages',
    'part.watchedChats': 'conversations surveillées',
    'part.lists': 'listes de noms',
    'part.journal': 'journal',
    'part.charters': 'charte',
    'part.signatures': 'signatures',
    'part.schedule': 'plage de réponse',
    'part.notes': 'notes',
    importFailed: 'La restauration a échoué ({message}). Rien n’a été modifié.',
    importFailedPlain: 'La restauration a échoué. Rien n’a été modifié.',
    fileTooBig:
      'Ce fichier est trop gros pour une sauvegarde Cadre (20 Mo au plus). Rien n’a été modifié.',
    eraseHeading: 'Tout effacer',
    eraseHelp:
      'Efface réglages, charte signée, listes, journal et notes. Pensez à télécharger une sauvegarde avant.',
    eraseButton: 'Tout effacer…',
    eraseConfirmTitle: 'Tout effacer ?',
    eraseConfirmText:
      'Tout ce que Cadre garde sur cet ordinateur sera effacé. Cela ne peut pas être annulé.',
    eraseConfirm: 'Oui, tout effacer',
    erased: 'Tout a été effacé. Cadre recommencera par l’accueil.',
    restartOnboarding: 'Recommencer l’accueil',
    // Popup
    charterSigned: 'Charte signée le {date}.',
    charterUnsigned: 'Charte pas encore signée.',
    charterResign: 'Charte modifiée : à signer à nouveau.',
    charterAction: 'Signer',
    watchedHeading: 'Conversations surveillées',
    watchedEmpty: 'Aucune : dans WhatsApp, choisissez « Surveiller cette conversation ».',
    stopWatching: 'Ne plus surveiller « {title} »',
    stopWatchingShort: 'Arrêter',
  },
  {
    intro:
      'Everything Cadre keeps stays on this computer: settings, charter and signatures, lists, journal and notes. No message text, except your notes.',
    exportHeading: 'Back up',
    exportHelp: 'One file holding everything, to keep or to take to another computer.',
    exportButton: 'Download a backup',
    exported: 'Backup downloaded.',
    exportBroken:
      'Cadre could not prepare a backup that restores in full (part: {where}): no file was downloaded.',
    storageHeading: 'Kept on this computer',
    storagePersisted:
      'The browser has committed to keeping Cadre’s data, even when space runs low.',
    storageNotPersisted:
      'The browser has not committed to keeping Cadre’s data when space runs low: download a backup now and then.',
    storageUnknown:
      'Cadre cannot tell whether the browser will keep its data: download a backup now and then.',
    fileBase: 'cadre-backup',
    importHeading: 'Restore a backup',
    importHelp: 'Replaces everything Cadre keeps with the file’s contents.',
    importLabel: 'Cadre backup file (.json)',
    importConfirmTitle: 'Restore this backup?',
    importConfirmText:
      'Backup of {date}. Everything Cadre keeps today will be replaced by its contents.',
    importConfirm: 'Restore',
    imported: 'Backup restored.',
    importNotJson: 'This file is not a Cadre backup: it cannot be read. Nothing was changed.',
    importForeign: 'This file is not a Cadre backup. Nothing was changed.',
    importNewer:
      'This backup comes from a newer version of Cadre (format {version}). Update Cadre, then try again. Nothing was changed.',
    importMalformed: 'This backup is damaged or incomplete (part: {where}). Nothing was changed.',
    'part.header': 'file header',
    'part.settings': 'settings',
    'part.watchedChats': 'watched chats',
    'part.lists': 'lists of names',
    'part.journal': 'journal',
    'part.charters': 'charter',
    'part.signatures': 'signatures',
    'part.schedule': 'response window',
    'part.notes': 'notes',
    importFailed: 'Restoring failed ({message}). Nothing was changed.',
    importFailedPlain: 'Restoring failed. Nothing was changed.',
    fileTooBig: 'This file is too big for a Cadre backup (20 MB at most). Nothing was changed.',
    eraseHeading: 'Erase everything',
    eraseHelp:
      'Erases settings, the signed charter, lists, journal and notes. Consider downloading a backup first.',
    eraseButton: 'Erase everything…',
    eraseConfirmTitle: 'Erase everything?',
    eraseConfirmText:
      'Everything Cadre keeps on this computer will be erased. This cannot be undone.',
    eraseConfirm: 'Yes, erase everything',
    erased: 'Everything was erased. Cadre will start again with the welcome.',
    restartOnboarding: 'Start the welcome again',
    charterSigned: 'Charter signed on {date}.',
    charterUnsigned: 'Charter not signed yet.',
    charterResign: 'Charter changed: to be signed again.',
    charterAction: 'Sign',
    watchedHeading: 'Watched chats',
    watchedEmpty: 'None: in WhatsApp, choose “Watch this chat”.',
    stopWatching: 'Stop watching “{title}”',
    stopWatchingShort: 'Stop',
  },
);
