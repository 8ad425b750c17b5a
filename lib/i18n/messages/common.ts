import { defineMessages } from '../define';

export const common = defineMessages(
  {
    appName: 'Cadre',
    close: 'Fermer',
    cancel: 'Annuler',
    save: 'Enregistrer',
    remove: 'Retirer',
    add: 'Ajouter',
    reloadPage: 'Cadre a été mis à jour : rechargez la page WhatsApp pour le réactiver.',
    loading: 'Chargement…',
    error: 'Une erreur est survenue : {message}',
  },
  {
    appName: 'Cadre',
    close: 'Close',
    cancel: 'Cancel',
    save: 'Save',
    remove: 'Remove',
    add: 'Add',
    reloadPage: 'Cadre was updated: reload the WhatsApp page to turn it back on.',
    loading: 'Loading…',
    error: 'Something went wrong: {message}',
  },
);
