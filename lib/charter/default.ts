import type { Lang } from '../i18n';
import en from './default-en.txt?raw';
import fr from './default-fr.txt?raw';

/** The customer's charter (French, the reference) and its English translation. */
export const DEFAULT_CHARTER: Record<Lang, string> = { fr, en };

/** The default charter's six rules in short form, for the popup. */
export const DEFAULT_SHORT_RULES: Record<Lang, string[]> = {
  fr: [
    'Un outil de travail asynchrone, pas un canal d’urgence.',
    'Aucun nom de client, aucune donnée identifiable, aucun document interne, aucune capture d’écran.',
    'Lu et traité du lundi au vendredi, de 8h à 18h : le délai fait partie de l’accompagnement.',
    'Formuler sa question, c’est déjà un premier travail d’analyse.',
    'Une trace pour relire et progresser, pas pour contrôler.',
    'En cas d’urgence ou de mal-être profond, d’autres relais existent.',
  ],
  en: [
    'An asynchronous work tool, not an emergency channel.',
    'No client names, no identifiable data, no internal documents, no screenshots.',
    'Read and handled Monday to Friday, 8 am to 6 pm: the wait is part of the mentoring.',
    'Formulating your question is already a first piece of analysis.',
    'A record for rereading and progress, not for control.',
    'In an emergency or deep distress, other help exists.',
  ],
};
