// Concepts for the signal model's features (model-features.ts): a word it never saw in
// training still says what it is about ("picole", "bourbon" → ALCOHOL; "starving",
// "grignote" → EAT), so what the model learnt of a concept carries to new words. Drawn from
// the clinical instruments (PHQ-9 items, AUDIT/CAGE, C-SSRS, self-harm methods, coercive
// control, panic symptoms), French and English, as `signalText()` writes them (folded,
// elisions opened, contractions closed). A word ending in * is a stem: any word it opens.
const CONCEPTS = `
ME je me moi mon ma mes moimeme i me my myself mine im ive id
OTHER il elle ils elles lui leur leurs son sa ses he she him her his hers they them their
KIN mari femme copain copine conjoint* compagn* ex pere mere papa maman daron* frere* soeur* fils fille* enfant* gosse* husband wife boyfriend girlfriend bf gf partner dad mum mom mother father brother* sister* son daughter* kid kids child*
NOT pas jamais rien aucun aucune personne not never no nothing nobody noone nowhere none dont didnt cant wont isnt wasnt
ANYMORE plus anymore longer arrete* stopped quit* lache* abandonne* gave
SINCE depuis since lately dernierement recemment recently
DURATION jour jours semaine* mois an ans annee* nuit nuits soir soirs matin* day days week* month* year* night nights morning* evening* weekend* heure* hour*
ALWAYS toujours tout tous toutes chaque constamment sans always every everyday each constantly nonstop again encore still whole entier* entiere* all
MUCH trop tellement tant vraiment tres grave beaucoup enormement completement totalement plein so too really very completely totally extremely much lot lots
CHANGE change* different* avant before used habitude usual* normal* moins less fewer more
NUMBER 0* 1* 2* 3* 4* 5* 6* 7* 8* 9* deux trois quatre cinq six sept huit dix two three four five six seven eight ten half moitie
ALCOHOL alcool* alcoo* boire bois boit buvais buvait bu bourre* biere* vin vins vodka whisky* rhum pastis ricard apero* picol* cuite* saoul* bouteille* pinard gin tequila drink* drank drunk booze* beer* wine* pint* bottle* shots hangover* hungover lager cider vodkas liquor spirits sober verre verres glass glasses
DRUG drogue* drug* weed beuh shit joint* spliff* cannabis coke cocaine ecsta mdma md ket ketamine heroine heroin crack speed lsd champi* shroom* stoned high defonce* fume* fumer smoke* smoking bedo* teush dealer* snif* sniff* taz
PILLS cachet* comprime* medoc* medicament* pilule* gelule* pill pills tablet* meds medication* medicine* xanax lexomil temesta doliprane paracetamol tramadol codeine zolpidem stilnox somnifere* anxiolytique* antidepress* painkiller* ibuprofen* plaquette* boite* overdose od surdose stash* dose* boites
EAT mange* manger bouffe* repas faim appetit nourriture grignot* eat eating ate eaten food meal* hungry appetite starv* vomi* vomit* purge* jeun fasting snack* diet* regime maigri* grossi* poids kilo* kg weight skip* skipped frigo fridge assiette
SLEEP dors dort dormi dormir dorm* sommeil insomni* reveil* reveille* couche* sieste lit sleep* slept awake woke wake* nap* bed insomnia tired* fatigue* epuise* creve* crevee vide* energie energy exhausted drained knackered shattered worn force* strength
SLEEP_TIME 1h 2h 3h 4h 5h 1am 2am 3am 4am 5am
JOYLESS envie gout plaisir interet motiv* enjoy* interest* fun care point sens meaning pointless numb insensible bof rien nothing vide empty
WORTHLESS nul* inutile* rate* echec* honte* fardeau poids charge useless worthless failure* burden* shame* ashamed pathetic loser* faute fault deteste* hate* moche ugly degout* disgust* merite* deserve* pitoyable naze
FOCUS concentr* focus* lire read* memoire oublie* forget* forgot* brouillard fog* tete head brain cerveau pense* think* thought*
SLOW lent* slow* lever leve bouger move* agite* restless
DEATH mort* mourir meurs meure meurt crever suicid* tuer tue die dying dead death* kill* finir fin ending disparai* disappear* gone exist* vivre vie vivant life alive enterre* funeral* tombe grave live lives living end ends ending
HARM blesse* mal hurt* harm* scarif* cut cuts cutting coupe* coupure* griff* scratch* pinc* mordu bite* bleed* saign* sang blood* cicatri* scar* marque* plaie* wound* bandage* pansement* manche* sleeve* cache* hide* hiding marks
BLADE lame* rasoir* couteau* ciseau* cutter blade* razor* knife knives scissor* compas sharpener
BURN brul* briquet cigarette* clope* burn* lighter fer
METHOD corde rope pont bridge balcon* balcony fenetre* window* rails voie sauter saute jump* toit* roof* pendre pendu hang* noyer noye drown* falaise cliff* gaz gas arme* gun* fusil pistolet etage* floor*
HIT frappe* cogne* gifle* pousse* bouscule* tape* coup* baffe* claque* etrangle* serre* hit hits hitting punch* kick* slap* push* shov* choke* choking strangl* grab* beat* bruise* bleus hematome* oeil eye tire* dragged threw throw* jete
CONTROL controle* jaloux jalouse jalousie jealous* surveill* interdit* allowed permission autoris* enferme* lock* locked fouille* check* track* gps localisation password code telephone phone portable argent money compte account carte card sortir
FEAR peur effraye* terrifi* terroris* menace* crain* scared afraid fear* frighten* terrif* threat* stalk* suivi* suit followed following porte door ferme* cle cles clef key keys
PANIC panique* panic* angoiss* anxi* crise* attack* attaque* stress* nerve* nervous
BREATH respir* souffle* etouffe* suffoc* air breath* breathe* breathing hyperventil* asphyx* gorge throat
HEART coeur cardiaque palpit* heart* chest poitrine thorax racing battre bat pounding
BODY tremble* shak* tremor sueur* transpir* sweat* vertige* dizzy tourne spinning engourdi* fourmi* tingl* irreel* unreal detache* dissoc* flotte* float* corps body bras main mains hand hands leg legs jambe jambes arm arms
CRY pleur* larme* sanglot* chiale* chialer cry cries cried crying tears sob* craque* effondre* breakdown
SAD triste* sad* deprim* depress* cafard moral down low souffr* douleur* pain suffer* mal malheur* miserable misery
ALONE seul* alone lonely lonel* isole* isolat* abandonn* personne nobody noone rejet* reject* ignore*
OUT sors sort sortir sorti* dehors out outside maison house home chambre room bedroom appart* flat ami amis amie* pote* friend* mate* gens people voir see seen repond* reply* replied answer* message* texto* text*
LOSS dette* debt* loyer rent expuls* evict* licencie* vire virer fired sacked chomage jobless divorce* rupture separe* dumped quitte deuil enterrement decede* passed perdu lost lose
CARE medecin docteur doctor gp rdv appointment* ordonnance prescription pharmacie pharmacy pharmacist psy* therap* infirmier* nurse* hopital hospital urgences traitement treatment
NOW maintenant now tonight immediat* currently actuellement ici here vite quick* hurry asap urgent* urgence* emergency
HELP aide aider aidez aidez help helping secours sos please stp svp plz pls sauve* save
PAST hier yesterday ago ya etais avais etait avait etaient passe was were had autrefois ancien* former lycee college school enfance childhood jeune young
JOKE mdr lol ptdr haha* hihi xd jk blague* joke* kidding rire rigol* marrant drole funny lmao rofl
WORK travail boulot taf job work* shift* reunion meeting* projet* project* deadline* rapport report* client* dossier* mail* email* cv entretien* interview* stage* exam* partiel* revis*
FAREWELL lettre* letter* testament adieu* goodbye* farewell* pardon* forgive* sorry desole* donne* give* giving soin range* affaires belongings
HYGIENE douche* shower* bain bath* lave laver wash* habille* dressed pyjama* pajama* cheveux hair dents teeth
SICK malade* sick ill maladie
`;

let table:
  { exact: Map<string, number[]>; stems: Map<string, number[]>; lengths: number[] } | undefined;
/** The concepts' names, in the order of their numbers. */
export const CONCEPT_NAMES: string[] = [];

function read(): NonNullable<typeof table> {
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const lengths = new Set<number>();
  for (const line of CONCEPTS.trim().split('\n')) {
    const [name, ...words] = line.split(' ');
    const id = CONCEPT_NAMES.push(name) - 1;
    for (const word of words) {
      const stem = word.endsWith('*');
      const key = stem ? word.slice(0, -1) : word;
      const into = stem ? stems : exact;
      if (stem) lengths.add(key.length);
      const ids = into.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      into.set(key, ids);
    }
  }
  return { exact, stems, lengths: [...lengths].sort((a, b) => b - a) };
}

const NONE: readonly number[] = [];

/** The concepts a word (in signalText's form) stands for: its own entry, or its longest stem's. */
export function conceptsOf(word: string): readonly number[] {
  const t = (table ??= read());
  const exact = t.exact.get(word);
  if (exact) return exact;
  for (const length of t.lengths)
    if (length <= word.length) {
      const ids = t.stems.get(word.slice(0, length));
      if (ids) return ids;
    }
  return NONE;
}
