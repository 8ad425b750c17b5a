// Companies and employers well known in France (CAC 40, SBF 120, large employers,
// retail, banks, consultancies, tech). A '*' marks names that are also common words:
// those count only when capitalised and not at the start of a sentence.
import { words } from './words.ts';

const KNOWN = `
Accor|Air France|Air Liquide|Airbus|Alstom|Amundi|ArcelorMittal|Arkema|Atos|AXA|BNP Paribas|Bouygues|Bouygues Telecom|Capgemini
Carrefour*|Crédit Agricole|Danone|Dassault Systèmes|Dassault Aviation|Dassault|Edenred|Engie|EssilorLuxottica|Essilor|Eurofins
Hermès|Kering|L'Oréal|Legrand*|LVMH|Michelin|Orange*|Pernod Ricard|Publicis|Renault|Safran*|Saint-Gobain|Sanofi|Schneider Electric
Société Générale|Stellantis|STMicroelectronics|Teleperformance|Thales|TotalEnergies|Total*|Unibail|Veolia|Vinci|Vivendi|Worldline
Eiffage|Bolloré|Bureau Veritas|Covivio|Eramet|Faurecia|Forvia|Valeo|Plastic Omnium|OPmobility|Nexans|Rexel|Sodexo|Elior|Ipsen
bioMérieux|Klépierre|Gecina|Icade|Imerys|JCDecaux|Lagardère|M6|TF1|Canal+|France Télévisions|Radio France|Ubisoft
SEB|Spie|Technip|TechnipFMC|Vallourec|Verallia|Wendel|Ayvens|ALD|Sopra Steria|Sopra|Steria|Inetum|Altran|Akkodis
Accenture|Deloitte|KPMG|EY|Ernst & Young|PwC|PricewaterhouseCoopers|Mazars|Forvis Mazars|McKinsey|BCG|Boston Consulting Group
Bain|Roland Berger|Wavestone|Sia Partners|Kéa|Onepoint|Devoteam|Orange Business|SFR|Free*|Iliad|Bouygues Immobilier|Nexity
Crédit Mutuel|CIC|LCL|Banque Populaire|Caisse d'Épargne|BPCE|Natixis|La Banque Postale|Boursorama|BoursoBank
Hello bank|Fortuneo|Revolut|N26|Qonto|Allianz|Generali|Groupama|MAIF|MACIF|MAAF|Matmut|AG2R|Malakoff Humanis|Harmonie Mutuelle
MGEN|Covéa|CNP Assurances|Swiss Life|AXA France|Aviva|Abeille Assurances|Leroy Merlin|Castorama|Brico Dépôt|Bricomarché
Décathlon|Fnac|Darty|Boulanger*|Auchan|Leclerc|E.Leclerc|Intermarché|Lidl|Aldi|Monoprix|Franprix|Casino*|Super U
Système U|Biocoop|Naturalia|Grand Frais|Promod|Kiabi|Celio|Zara|H&M|Uniqlo|Sephora|Yves Rocher|Nocibé|Galeries Lafayette
Le Bon Marché|BHV|Ikea|Conforama|Maisons du Monde|La Redoute|Cdiscount|Vente-privée|Veepee|Showroomprivé
Back Market|BlaBlaCar|Doctolib|Contentsquare|Mirakl|Criteo|Dataiku|Deezer|Ledger|Swile|Payfit|Ankorstore|Vestiaire Collective
Vinted|Leboncoin|Meero|ManoMano|Sorare|OVHcloud|OVH|Scaleway|Mistral AI|Hugging Face|Withings|Getaround|Frichti|Deliveroo
Uber|Amazon|Google|Microsoft|Apple|Meta*|Facebook|IBM|Oracle|SAP|Salesforce|Cisco|Intel|Nvidia|Dell|HP|Hewlett-Packard|Netflix
Spotify|Airbnb|Booking*|Expedia|Tesla|Volkswagen|BMW|Mercedes-Benz|Toyota|Peugeot|Citroën|PSA|Nestlé|Unilever|Procter & Gamble|P&G
L'Occitane|Lactalis|Bonduelle|Fleury Michon|Bigard|Savencia|Andros|Sodiaal|Agrial|Terrena|InVivo|Avril|Tereos|Cristal Union
Ricard|Heineken|Coca-Cola|PepsiCo|Ferrero|Lindt|Haribo|McDonald's|Burger King|Starbucks|KFC|Flunch|Buffalo Grill|Courtepaille
Yoplait|Fromageries Bel|Pierre Fabre|Servier|Boiron|Guerbet|Sanofi Pasteur|Roche|Novartis|Pfizer|GSK|AstraZeneca
La Poste|Chronopost|DHL|FedEx|UPS|Geodis|Kuehne+Nagel|CMA CGM|Gefco|Stef|XPO|Transdev|Keolis|RATP|SNCF|SNCF Réseau|Aéroports de Paris|ADP
Air Caraïbes|Corsair|Transavia|easyJet|Ryanair|Eurostar|Thalys|Ouigo|Vinci Autoroutes|APRR|Sanef|EDF|Enedis|GRDF|RTE|Suez*|Saur
Dalkia|Engie Solutions|Idex|Cofely|Bouygues Construction|Eurovia|NGE|Fayat|Spie Batignolles|Demathieu Bard|Léon Grosse
Adecco|Manpower|ManpowerGroup|Randstad|Synergie|Crit|Proman|Start People|Hays|Michael Page|Robert Half|Expectra|Page Personnel
Orpea|Emeis|Korian|Clariane|DomusVi|Colisée|Ramsay Santé|Elsan|Vivalto|Doctegestio|Croix-Rouge|Emmaüs|Secours populaire|Restos du Cœur
Bpifrance|BPI|Caisse des Dépôts|CDC|Banque de France|AMF|ACPR
AP-HP|APHP|Inserm|CNRS|CEA|INRAE|Inria|Ifremer|ONF
Gameloft|Ankama|Dontnod|Quantic Dream|Asobo|Nacon|Kylotonn
Gucci|Chanel|Dior|Christian Dior|Louis Vuitton|Cartier|Richemont|Balenciaga|Saint Laurent|Givenchy|Lancôme|Guerlain|Clarins
Lacoste|Petit Bateau|Aigle|Le Slip Français|Veja|Sézane|Maje|Sandro|Claudie Pierlot|The Kooples|Kookaï|Etam|Undiz|Camaïeu|Pimkie|Jennyfer
Hachette|Editis|Gallimard|Flammarion|Albin Michel|Le Monde|Le Figaro|Libération|Les Echos|Ouest-France|BFM|BFMTV|France Inter|RTL|Europe 1
Tesco|Sainsbury's|Sainsburys|Asda|Morrisons|Waitrose|Co-op|Marks & Spencer|M&S|Boots*|Superdrug|Primark|Argos|Currys|John Lewis
Greggs|Pret A Manger|Pret*|Costa Coffee|Caffè Nero|Nando's|Nandos|Wagamama|Pizza Express|Wetherspoons|JD Sports|Sports Direct|TK Maxx
Poundland|B&Q|Screwfix|Wickes|Halfords|Specsavers|Ocado|Just Eat|Uber Eats|Royal Mail|Premier Inn|Travelodge
HSBC|Barclays|Lloyds|NatWest|Santander|Monzo|Starling*|Nationwide*|Halifax*|TSB|Virgin Media|Vodafone|BT|Sky*|Direct Line
MMA|Cultura|Norauto|Feu Vert|Speedy*|Midas|Kiloutou|Point P|Gedimat|Action*|Gifi|Stokomani|Noz|Lapeyre|Truffaut
Havas|Publicis Sapient|Ogilvy|TBWA|DDB|BETC|Fred & Farid|Webedia|Dailymotion|Believe|Ubisoft Paris
`;

export interface KnownOrg {
  /** Accent-folded lower-case tokens. */
  tokens: string[];
  commonWord: boolean;
}

const ORG_TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-&+.][\p{L}\p{M}\p{N}]+)*/gu;

export function orgTokens(name: string, foldFn: (s: string) => string): string[] {
  return [...foldFn(name).matchAll(ORG_TOKEN)].map((m) => m[0]);
}

export function knownOrganizations(foldFn: (s: string) => string): Map<string, KnownOrg[]> {
  const byFirst = new Map<string, KnownOrg[]>();
  for (const entry of KNOWN.split(/[|\n]/)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const commonWord = trimmed.endsWith('*');
    const tokens = orgTokens(trimmed.replace(/\*$/, ''), foldFn);
    if (tokens.length === 0) continue;
    const list = byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, commonWord });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Words after which a name is an employer, client or supplier. */
export const ORG_TRIGGERS = words(
  'chez client cliente clients societe groupe entreprise fournisseur fournisseurs prestataire boite enseigne filiale employeur rachat rachete racheté partenaire concurrent at joined join joining for',
);

/** First words of a company's own name ("Cabinet Prévost", "Ateliers du Vercors"). */
export const ORG_HEADS =
  words(`cabinet groupe ateliers atelier imprimerie fromagerie menuiserie menuiseries boulangerie patisserie charpente charpentes ehpad clinique
  banque agence societe laboratoires laboratoire hotel restaurant garage transports transport entreprise etablissements ets association
  fondation institut cooperative scierie brasserie domaine chateau pharmacie librairie editions studio studios maison manufacture
  industries industrie constructions batiment plomberie electricite boucherie epicerie traiteur cave caves fermes ferme residence
  assurances mutuelle conseil consulting solutions services technologies systems labs group holding partners company corporation
  bank foods`);

/** Sector nouns that end an English company's name ("Kestrel Logistics", "Brightwell
 * Health", "Apple Tree Bakery"). */
export const ORG_TAILS = words(
  'logistics freight health healthcare care dental bakery bakeries nurseries nursery analytics consulting solutions systems technologies labs group holdings partners services recruitment builders construction engineering haulage removals catering cleaning motors garage plumbing electrical properties lettings estates insurance finance capital ventures media studios foods farms brewery pharmacy clinic surgery solicitors lawyers accountants architects surveyors associates supplies supply trading',
);

/** Legal forms that end a company name. */
export const LEGAL_FORMS = words(
  'sa sas sasu sarl eurl sci snc scop sca gie sem selarl asbl sprl bvba gmbh ag ltd llc inc plc bv nv spa srl corp co',
);
