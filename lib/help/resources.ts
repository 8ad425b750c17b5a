// Where a person in distress can get help now, by country. The one list Cadre shows;
// review it as a whole (numbers change). Each entry names the page that says so.
// Last reviewed: 2026-12-01. Cadre never calls these numbers and makes no request: it
// only shows them, as tel: links the person may choose to use.

export const HELP_COUNTRIES = ['FR', 'BE', 'CH', 'CA', 'GB', 'US'] as const;
export type HelpCountry = (typeof HELP_COUNTRIES)[number];

/** What a line is for; the panel picks lines by what the message seems to be about. */
export type HelpKind =
  | 'suicide' // suicide prevention, for the person or someone worried about them
  | 'listening' // anyone who needs to talk, any hour
  | 'emergency' // a life in danger now
  | 'medical' // a medical emergency
  | 'police' // danger from someone
  | 'violence' // violence at home, sexual violence, harassment
  | 'children' // a child in danger
  | 'substance' // alcohol, drugs, medicines
  | 'text'; // for people who cannot speak: by text message

export interface HelpLine {
  country: HelpCountry;
  kind: HelpKind;
  /** As it is written in the country. */
  number: string;
  /** What to dial (tel:) or text (sms:). */
  dial: string;
  /** Reached by text message rather than a call. */
  sms?: boolean;
  fr: string;
  en: string;
  source: string;
}

export const HELP_LINES: readonly HelpLine[] = [
  // France
  {
    country: 'FR',
    kind: 'suicide',
    number: '3114',
    dial: '3114',
    fr: 'prévention du suicide, gratuit, 24 h/24',
    en: 'suicide prevention, free, 24/7',
    source: 'https://3114.fr',
  },
  {
    country: 'FR',
    kind: 'listening',
    number: '09 72 39 40 50',
    dial: '+33972394050',
    fr: 'SOS Amitié, écoute 24 h/24',
    en: 'SOS Amitié, listening 24/7',
    source: 'https://www.sos-amitie.com',
  },
  {
    country: 'FR',
    kind: 'medical',
    number: '15',
    dial: '15',
    fr: 'SAMU, urgence médicale',
    en: 'SAMU, medical emergency',
    source: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
  },
  {
    country: 'FR',
    kind: 'emergency',
    number: '112',
    dial: '112',
    fr: 'numéro d’urgence européen',
    en: 'European emergency number',
    source: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
  },
  {
    country: 'FR',
    kind: 'police',
    number: '17',
    dial: '17',
    fr: 'police secours',
    en: 'police',
    source: 'https://www.service-public.fr/particuliers/vosdroits/F33954',
  },
  {
    country: 'FR',
    kind: 'violence',
    number: '3919',
    dial: '3919',
    fr: 'Violences Femmes Info, gratuit, anonyme, 24 h/24',
    en: 'violence against women, free, anonymous, 24/7',
    source: 'https://arretonslesviolences.gouv.fr',
  },
  {
    country: 'FR',
    kind: 'children',
    number: '119',
    dial: '119',
    fr: 'Allô Enfance en danger, 24 h/24',
    en: 'children in danger, 24/7',
    source: 'https://www.allo119.gouv.fr',
  },
  {
    country: 'FR',
    kind: 'text',
    number: '114',
    dial: '114',
    sms: true,
    fr: 'urgence par SMS, quand on ne peut pas parler',
    en: 'emergency by text, when you cannot speak',
    source: 'https://info.urgence114.fr',
  },
  {
    country: 'FR',
    kind: 'substance',
    number: '0 800 23 13 13',
    dial: '+33800231313',
    fr: 'Drogues Info Service, gratuit, 8 h–2 h',
    en: 'Drogues Info Service (drugs), free, 8am–2am',
    source: 'https://www.drogues-info-service.fr',
  },
  {
    country: 'FR',
    kind: 'substance',
    number: '0 980 980 930',
    dial: '+33980980930',
    fr: 'Alcool Info Service, 8 h–2 h',
    en: 'Alcool Info Service (alcohol), 8am–2am',
    source: 'https://www.alcool-info-service.fr',
  },
  // Belgium
  {
    country: 'BE',
    kind: 'suicide',
    number: '0800 32 123',
    dial: '+3280032123',
    fr: 'Centre de Prévention du Suicide, 24 h/24',
    en: 'suicide prevention (French), 24/7',
    source: 'https://www.preventionsuicide.be',
  },
  {
    country: 'BE',
    kind: 'suicide',
    number: '1813',
    dial: '1813',
    fr: 'Zelfmoordlijn (néerlandais), 24 h/24',
    en: 'Zelfmoordlijn (Dutch), 24/7',
    source: 'https://www.zelfmoord1813.be',
  },
  {
    country: 'BE',
    kind: 'listening',
    number: '107',
    dial: '107',
    fr: 'Télé-Accueil, écoute 24 h/24',
    en: 'Télé-Accueil, listening 24/7',
    source: 'https://www.tele-accueil.be',
  },
  {
    country: 'BE',
    kind: 'emergency',
    number: '112',
    dial: '112',
    fr: 'urgences (ambulance, pompiers)',
    en: 'emergency (ambulance, fire)',
    source: 'https://www.112.be',
  },
  {
    country: 'BE',
    kind: 'police',
    number: '101',
    dial: '101',
    fr: 'police',
    en: 'police',
    source: 'https://www.112.be',
  },
  {
    country: 'BE',
    kind: 'violence',
    number: '0800 30 030',
    dial: '+3280030030',
    fr: 'Écoute violences conjugales, gratuit, 24 h/24',
    en: 'domestic violence line, free, 24/7',
    source: 'https://www.ecouteviolencesconjugales.be',
  },
  // Switzerland
  {
    country: 'CH',
    kind: 'suicide',
    number: '143',
    dial: '143',
    fr: 'La Main Tendue, écoute 24 h/24',
    en: 'La Main Tendue (Dargebotene Hand), 24/7',
    source: 'https://www.143.ch',
  },
  {
    country: 'CH',
    kind: 'medical',
    number: '144',
    dial: '144',
    fr: 'ambulance, urgence médicale',
    en: 'ambulance, medical emergency',
    source: 'https://www.ch.ch/fr/securite-et-justice/numeros-d-urgence/',
  },
  {
    country: 'CH',
    kind: 'police',
    number: '117',
    dial: '117',
    fr: 'police',
    en: 'police',
    source: 'https://www.ch.ch/fr/securite-et-justice/numeros-d-urgence/',
  },
  {
    country: 'CH',
    kind: 'emergency',
    number: '112',
    dial: '112',
    fr: 'numéro d’urgence européen',
    en: 'European emergency number',
    source: 'https://www.ch.ch/fr/securite-et-justice/numeros-d-urgence/',
  },
  {
    country: 'CH',
    kind: 'children',
    number: '147',
    dial: '147',
    fr: 'Pro Juventute, enfants et jeunes, 24 h/24',
    en: 'Pro Juventute, children and young people, 24/7',
    source: 'https://www.147.ch',
  },
  // Canada (Québec)
  {
    country: 'CA',
    kind: 'suicide',
    number: '1 866 APPELLE (277-3553)',
    dial: '+18662773553',
    fr: 'prévention du suicide au Québec, 24 h/24',
    en: 'suicide prevention in Québec, 24/7',
    source: 'https://suicide.ca',
  },
  {
    country: 'CA',
    kind: 'suicide',
    number: '988',
    dial: '988',
    fr: 'ligne d’aide en cas de crise suicidaire, appel ou texto, 24 h/24',
    en: 'Suicide Crisis Helpline, call or text, 24/7',
    source: 'https://988.ca',
  },
  {
    country: 'CA',
    kind: 'emergency',
    number: '911',
    dial: '911',
    fr: 'urgences (police, ambulance, pompiers)',
    en: 'emergency (police, ambulance, fire)',
    source:
      'https://www.quebec.ca/securite-situations-urgence/urgences-sinistres-risques-naturels/911',
  },
  {
    country: 'CA',
    kind: 'violence',
    number: '1 800 363-9010',
    dial: '+18003639010',
    fr: 'SOS violence conjugale, 24 h/24',
    en: 'SOS violence conjugale, 24/7',
    source: 'https://sosviolenceconjugale.ca',
  },
  {
    country: 'CA',
    kind: 'substance',
    number: '1 800 265-2626',
    dial: '+18002652626',
    fr: 'Drogue : aide et référence, 24 h/24',
    en: 'Drogue: aide et référence (drugs), 24/7',
    source: 'https://www.aidedrogue.ca',
  },
  // United Kingdom
  {
    country: 'GB',
    kind: 'suicide',
    number: '116 123',
    dial: '116123',
    fr: 'Samaritans, gratuit, 24 h/24',
    en: 'Samaritans, free, 24/7',
    source: 'https://www.samaritans.org',
  },
  {
    country: 'GB',
    kind: 'text',
    number: '85258',
    dial: '85258',
    sms: true,
    fr: 'Shout : envoyer SHOUT par SMS, 24 h/24',
    en: 'Shout: text SHOUT, 24/7',
    source: 'https://giveusashout.org',
  },
  {
    country: 'GB',
    kind: 'emergency',
    number: '999',
    dial: '999',
    fr: 'urgences (police, ambulance)',
    en: 'emergency (police, ambulance)',
    source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
  },
  {
    country: 'GB',
    kind: 'medical',
    number: '111',
    dial: '111',
    fr: 'NHS 111, aide médicale urgente',
    en: 'NHS 111, urgent medical help',
    source: 'https://111.nhs.uk',
  },
  {
    country: 'GB',
    kind: 'violence',
    number: '0808 2000 247',
    dial: '+448082000247',
    fr: 'ligne nationale violences conjugales, gratuit, 24 h/24',
    en: 'National Domestic Abuse Helpline, free, 24/7',
    source: 'https://www.nationaldahelpline.org.uk',
  },
  // United States
  {
    country: 'US',
    kind: 'suicide',
    number: '988',
    dial: '988',
    fr: '988 Suicide & Crisis Lifeline, appel ou texto, 24 h/24',
    en: '988 Suicide & Crisis Lifeline, call or text, 24/7',
    source: 'https://988lifeline.org',
  },
  {
    country: 'US',
    kind: 'emergency',
    number: '911',
    dial: '911',
    fr: 'urgences (police, ambulance, pompiers)',
    en: 'emergency (police, ambulance, fire)',
    source: 'https://www.911.gov',
  },
  {
    country: 'US',
    kind: 'violence',
    number: '1-800-799-7233',
    dial: '+18007997233',
    fr: 'National Domestic Violence Hotline, 24 h/24',
    en: 'National Domestic Violence Hotline, 24/7',
    source: 'https://www.thehotline.org',
  },
  {
    country: 'US',
    kind: 'violence',
    number: '1-800-656-4673',
    dial: '+18006564673',
    fr: 'RAINN, violences sexuelles, 24 h/24',
    en: 'RAINN, sexual assault, 24/7',
    source: 'https://www.rainn.org',
  },
  {
    country: 'US',
    kind: 'substance',
    number: '1-800-662-4357',
    dial: '+18006624357',
    fr: 'SAMHSA, alcool et drogues, gratuit, 24 h/24',
    en: 'SAMHSA National Helpline, free, 24/7',
    source: 'https://www.samhsa.gov/find-help/national-helpline',
  },
];
