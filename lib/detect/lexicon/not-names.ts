// Capitalised words that are not people or companies: calendar, acronyms, tools used
// as tools, institutions named generically, English words capitalised mid-sentence,
// nationalities, greetings. Keys are accent-folded lower case.
import { words } from './words.ts';

export const MONTHS_AND_DAYS = words(`
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
lundi mardi mercredi jeudi vendredi samedi dimanche
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);
const HOLIDAYS = words(
  'noel paques toussaint pentecote ascension ramadan aid christmas easter halloween',
);
export const CALENDAR = new Set([...MONTHS_AND_DAYS, ...HOLIDAYS]);

export const ACRONYMS = words(`
cdi cdd cdic rh hr kpi kpis okr okrs comex codir copil costrat drh rrh dg dga pdg ceo coo cfo cto cmo cpo cio ciso vp svp pm po pmo
ux ui it si dsi daf raf cse chsct cssct rse rgpd gdpr cnil urssaf caf cpf apec pole sncf ratp tgv ter bts dut but mba pme tpe eti
cv pdf rib iban siret siren tva ht ttc etp fte roi b2b b2c saas crm erp api ia ai qvt qvct rps nao pse rtt cp pv cr odj ag ca ebitda
kyc faq mooc esn ssii bu asap fyi tbd eod ooo wfh pto nda cgv cgu sla poc mvp ao dce rfp rfi rfq ok usa uk ue eu onu oms sos
smic bac licence master phd hec essec escp insead cnam afpa opco mdph rqth ars ehpad edf gdf rer rsa ape naf mutuelle cpam cram msa
chu chru apa kbis
qhse hse qse lean six sigma scrum safe devops sre qa bi data ml llm sql aws gcp seo sea sem ads hrbp rrh gpec pap eap
afaire todo nb ps pj cc cci bcc re tr fwd rdv tl;dr tldr ptdr mdr lol omg btw imo imho asap thx ty tmrw pls plz stp svp jsp
`);

export const TOOLS = words(`
excel word powerpoint outlook teams zoom slack trello jira notion asana miro figma canva chatgpt copilot gemini mistral
tableau salesforce hubspot workday linkedin indeed whatsapp gmail google drive docs sheets meet skype webex doctolib lucca
payfit qonto pennylane sage cegid cadre github gitlab confluence sharepoint onedrive dropbox windows mac macos iphone ipad android
linux ubuntu post-it postit sopalin uber airbnb netflix facebook instagram tiktok youtube twitter signal telegram messenger
discord calendly typeform doodle klaxoon wooclap kahoot lemlist pipedrive zendesk intercom monday clickup basecamp odoo
photoshop illustrator indesign premiere acrobat chrome firefox safari edge bing yahoo wikipedia glassdoor malt welcome jungle
power bi looker qlik alteryx python java javascript react kubernetes docker sap oracle
`);

export const GENERIC_CAPITALISED = words(`
direction comite conseil service services president presidente directeur directrice etat republique region departement ville
mairie prefecture ministere universite fac ecole lycee college internet web sales marketing finance finances legal product team
teams engineering ops support customer success board manager managers lead senior junior head director office agile
bachelor brevet secu vitale emploi travail prud'hommes prudhommes inspection medecine dieu god covid bonjour bonsoir salut coucou
hello hi hey dear cher chere merci thanks thank cordialement bises ok okay cc re objet subject oui non yes no please svp stp
rh compta comptabilite juridique achats logistique production qualite commercial commerciale communication informatique
paie formation recrutement siege groupe societe entreprise client clients fournisseur equipe projet projets atelier usine
magasin boutique agence bureau bureaux open space flex desk covid-19 france europe international national regional
i i'm i'd i've i'll im id ive ill we you he she they it my our your the a an and or but if so then also just very this that
urgent important attention rappel info infos bravo super top vite aide help stop fin debut note remarque question reponse
ps nb update news hr ceo ma mon mes ta ton tes sa son ses notre votre leur
francais francaise anglais anglaise allemand allemande espagnol italien italienne portugais portugaise belge suisse
americain americaine britannique europeen europeenne africain africaine marocain marocaine algerien algerienne tunisien
tunisienne senegalais senegalaise chinois chinoise japonais japonaise indien indienne polonais polonaise turc turque
french english british american german spanish italian portuguese belgian swiss european african moroccan algerian
tunisian senegalese chinese japanese indian polish turkish asian arab muslim christian jewish catholic
premium pro plus max mini lite beta alpha
je tu il elle on nous vous ils elles moi toi lui eux ce ca cela celui celle ceux qui quoi rien tout tous toutes personne
avec pour chez sans selon vers sur sous dans par entre depuis pendant apres avant hier demain ensuite puis alors donc mais
et ou aussi encore deja voici voila comme quand lorsque car si enfin bref sinon desole desolee pardon
with for from after before since during about yesterday today tomorrow tonight sorry anyway maybe perhaps when while because
`);

// Brands and products used as things, not organisations or people: medicines, car
// models, software already listed in TOOLS.
export const PRODUCTS = words(`
doliprane dafalgan efferalgan paracetamol ibuprofene advil nurofen spasfon smecta gaviscon aspirine kardegic levothyrox
xanax lexomil seresta temesta lysanxia stilnox imovane prozac deroxat zoloft seroplex effexor laroxyl ritaline lamaline
tramadol ventoline augmentin amoxicilline cortisone solupred voltarene
twingo captur scenic kadjar arkana laguna espace kangoo trafic master sandero duster logan jogger
c1 c3 c4 c5 berlingo picasso jumpy ds3 ds4 ds7 polo golf passat tiguan touran yaris corolla auris aygo rav4 corsa astra
fiesta focus kuga puma qashqai juke micra 108 208 308 408 508 2008 3008 5008 partner expert
`);
// Carmakers that are also employers: a car after an article or before a model ("une
// Tesla", "la Peugeot 308", "Renault Clio"), a company otherwise.
export const CAR_MAKERS = words(
  'tesla peugeot renault citroen toyota bmw volkswagen mercedes-benz audi fiat ford nissan opel kia hyundai dacia skoda seat volvo porsche',
);
// Names of people that are also car models ("ma clio", "une zoe"): things after an
// article or "en" ("j'ai roulé en clio").
export const PRODUCT_NAMES = words('clio zoe megane alpine');
/** An article, a possessive or "en" right before a word: it names a thing. */
export const THING_BEFORE =
  /(?:^|\s)(?:ma|ta|sa|mon|ton|son|une|un|la|le|en|ma vieille|my|his|her|the|a|an)\s+$/i;
