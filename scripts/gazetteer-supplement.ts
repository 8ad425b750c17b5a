// Hand-written additions to faker's locale data: first names common in France whose
// origin faker covers only in non-Latin script (Maghreb, Middle East) or thinly
// (West Africa, Asia, Comoros, Antilles), and places that must never count as names.

export const EXTRA_FIRST_NAMES = `
Abdel Abdelkader Abdellah Abdelaziz Abdelhak Abdelkrim Abderrahmane Abdou Abdoulaye Abdallah Adel Adil Ahmed Ahmad Aicha Aïcha
Aïssa Akim Ali Alia Amel Amine Amina Amir Amira Anis Anissa Asma Assia Aya Ayoub Aziz Aziza Bilal Brahim Chafik Chaima Chérif
Dalila Djamel Djamila Driss Fadila Fadwa Farah Farid Farida Fatima Fatiha Fatma Fouad Ghislaine Habib Hafsa Hakim Halima Hamid
Hamza Hanane Hassan Hassiba Hicham Hind Houda Hocine Hakima Ibrahim Idriss Ikram Ilyes Ilyas Imane Imen Inès Ismaël Ismail
Jamal Jamila Jawad Kader Kamel Kamal Karim Karima Kahina Kenza Khadija Khaled Lahcen Lamia Latifa Leila Leïla Lina Linda
Lotfi Lounes Mahdi Malik Malika Meriem Myriam Mehdi Mohamed Mohammed Mokhtar Mounir Mourad Mustapha Nabil Nacer Nadia Nadir
Naima Nassim Nawel Nesrine Nora Nordine Noureddine Omar Othmane Ouassim Rachid Rachida Rahma Rania Rayan Redouane Riad Ridha
Rym Sabrina Saïd Said Salah Salim Salima Samir Samira Samia Sami Sanaa Sarah Selma Sofiane Sofia Souad Soufiane Sonia Tarek
Tahar Walid Wassim Wafa Yacine Yamina Yanis Yasmine Yassine Yasmina Youssef Younes Yousra Zahia Zakaria Zineb Zohra Zoubir
Zaïna Zeynep Mustafa Emre Burak Elif Ayse Ayşe Mehmet Hatice Oumar Ousmane Mamadou Moussa Seydou Sekou Sékou Boubacar Bakary
Kadiatou Mariam Mariama Fatoumata Aminata Awa Aissatou Assa Aïssatou Coumba Djeneba Fanta Hawa Kadidia Oumou Rokia Salimata
Ibrahima Issa Lamine Modibo Souleymane Cheikh Babacar Alioune Ndeye Khady Adama Yaya Dramane Siaka Kouadio Koffi Yao Kwame
Akosua Chinedu Ngozi Nnamdi Olu Tunde Yetunde Thierno Diallo Phuong Thanh Huong Linh Minh Trang Quang Hoang Duc Tuan Nguyet
Mai Lan Hoa Thuy Khanh Wei Jing Mei Xiao Ying Yan Jun Hui Chen Ling Jie Tao Hao Yuki Haruto Sakura Kenji Ravi Priya Anjali
Arjun Rahul Deepak Sunita Lakshmi Tomasz Magdalena Agnieszka Katarzyna Małgorzata Wojciech Krzysztof Piotr Bogdan Ioana Andreea
Mihai Dragos Rui João Joao Gonçalo Catarina Inês Beatriz Tiago Nuno Filipa Manuela Conceição Graça Fernanda
Kévin Kevin Dylan Jordan Enzo Nolan Maëlys Maelys Lou Louna Jade Océane Oceane Loïc Loic Maëlle Gwenaëlle Gwendoline Soizic Yann
Erwan Ronan Tanguy Killian Anaïs Anais Jérémie Jeremie Ludivine Coralie Solène Solene Bérénice Berenice Régis Regis Hervé Herve
Ivan Dmitri Dmitry Olga Natalia Natalya Sergei Sergey Alexei Alexey Anastasia Tatiana Oksana Yulia Mykola Andriy Olena
Svetlana Ekaterina Irina Vladimir Nikolai Yuri Boris Ludmila Galina Viktor Viktoria Volodymyr Taras Bohdan Iryna Kateryna
Aram Armen Anahit Hovhannes Tigran Narek Lilit Gayane Arsen Levon Mher Sevan Nairi
Xiaoming Xiaoli Xiaowei Jian Qiang Yong Lei Xin Zhen Hui Lian Meiling Yufei Zhiwei Haoran Yuxuan Zihan Jiayi
Min-jun Seo-yeon Ji-hoon Ji-woo Soo-jin Hyun-woo Eun-ji Jae-won Min-seo
Kwabena Kofi Ama Abena Yaw Kwesi Chiamaka Adaeze Oluwaseun Temitope Babajide Folake Mariatou Djibril Youssouf Souleymane
Siobhan Niamh Aoife Saoirse Caoimhe Orla Sinead Sinéad Roisin Róisín Ciara Ciaran Ciarán Eoin Oisin Oisín Padraig Pádraig Seamus
Séamus Cormac Declan Fergal Ronan Aisling Grainne Gráinne Mairead Máiréad Eilidh Morag Catriona Fionnuala Rhys Dafydd Gareth
Bronwen Carys Cerys Ffion Gwen Iwan Bleuenn Gwenn Nolwenn Maiwenn Morgane Rozenn Tifenn Goulven Brieuc Gurvan Tugdual Yannick
Maëlig Malo Corentin Loeiz Awen Enora Gaëlle Klervi Katell Gwenola Pierrick Soazig Anaëlle
Josette Ginette Lucette Pierrette Jeannine Suzette Micheline Marinette Murielle Edwige Huguette Mauricette Raymonde Odette
Tiphaine Capucine Clémence Apolline Bertille Albane Domitille Eugénie Hortense Sixtine Philippine Ombeline Maylis Quitterie
Aurélien Timothée Baptiste Gaspard Anatole Augustin Côme Octave Florian Quentin Romain Maxime Thibaut Thibault Grégoire
Ksenia Darya Daria Polina Alina Yana Zlata Milena Jelena Dragana Milica Vesna Snezana Bojan Goran Zoran Dusan Nemanja Marko
Agata Zuzana Lenka Petra Jana Tereza Ondrej Jakub Lukas Matej Radek Pavel Kamil Bartosz Mateusz Michal Szymon Weronika Zofia
Ingrid Sigrid Solveig Astrid Freya Linnea Maja Elin Ebba Nils Lars Sven Henrik Anders Magnus Leif Bjorn Björn Eirik Jens
Ximena Itziar Ainhoa Iker Aitor Unai Nerea Maite Lucía Alba Sergio Álvaro Alvaro Rocío Pilar Inmaculada Begoña Montserrat
Iñaki Inaki Xabier Koldo Gorka Ander Josu Mikel Ibai Oier Garazi Leire Amaia Maialen Irati Nahia Jon Asier Eneko Julen Arrate
Ghjuvanni Ghjulia Lisandru Paulu Petru Orsu Santu Ghjacumu Maria-Santa Dumenica Letizia Ange-Mathieu Toussaint Anghjula
Hamish Callum Fraser Lachlan Angus Alasdair Ewan Struan Kirsty Isla Ailsa Fiona Lorna Mhairi Eamon Donal Colm Niall Tadhg
Wideline Widlene Fritznel Mackenson Woodley Guerda Kettly Wisline Jean-Robert Rose-Merline Fabienne Nadège Ketsia Dieumerci
Lovelie Wilner Jocelyne Ludovic Dimitri Steeve Willy Johan Jessy Mickaël Cédric Mylène Laetitia Rudy Teddy Gaëlle Leslie
Hery Fanja Rivo Tiana Miora Haja Mamy Lanto Andry Voahangy Nirina Faly Rado Fetra Njaka Tahina Onja Soa Hasina Volana
Kamau Otieno Achieng Wanjiru Njeri Wambui Mwangi Zawadi Baraka Tendai Tatenda Farai Thandiwe Nomsa Zanele Bongani Sipho
Chinonso Chidi Ifeanyi Obiageli Uchechi Kelechi Segun Femi Bisi Dapo Gbenga Nkem Amara Ebere Efua Esi Kojo Kwaku Yaa Akua
Maricel Marites Analyn Rodel Jericho Arnel Rowena Jonalyn Marivic Rosalie Liza Lovely Jhun Rommel Ramil Reynaldo Erlinda
Thao Quynh Hung Duy Vy Tam Nhung Loan Binh Cuong Dat Hai Kiet Loc Nhi Phat Trinh Uyen Yen
Xiaoling Fang Ming Yu Lu Na Ping Hong Bo Gang Hua Lihua Wenjie Yiming Xiuying Guiying Shu Rui
Daisuke Naoko Takumi Ayumi Sota Hina Riku Yui Kaito Haruka Naomi Akira Kazuki Keiko Mariko Shota Yusuke
Hye-jin Sung-min Jae-hyun Soo-ah Ha-eun Do-yun Seung-woo Yeon-woo Minji Jimin Hyejin
Deepika Vivek Harish Pradeep Venkat Srinivas Murali Ritu Aarti Pallavi Lakshmi Sridhar Karthik Ganesh Balaji Senthil
Bharathi Kumar Prakash Meenakshi Revathi Sangeetha Shalini Shankar Uma Vidya Arvind Gaurav Manish Nitin Saurabh Abhishek
Ayesha Faisal Farhan Asif Shahid Tariq Waqas Zubair Kashif Nadeem Shazia Saima Uzma Humaira Zara Imtiaz Junaid Adnan
Lusine Ashot Vardan Gevorg Hayk Karen Siranush Nune Tatevik Astghik Vahe Garnik
Giorgos Dimitra Kostas Nikos Yiannis Vasiliki Stavros Panagiotis Eleni Georgia Sophia Christos Theodoros Evangelia Spyros
Zbigniew Aleksandr Jörg Joerg Ulrike Wolfgang Dieter Helmut Jürgen Juergen Uwe Heike Sabine Birgit Kerstin Annegret
Pau Arnau Jordi Oriol Laia Núria Nuria Montse Marc Xavi Quim Roser Mireia Aina Gemma
Trevon Jaylen Darnell Tyrone Latoya Keisha Shanice Deshawn Lashonda Tanisha Jamar Kendrick Marquise Aaliyah
Houria Ouardia Tassadit Lounis Massinissa Yuba Tinhinane Kahina Dihya Idir Amayas Anir Tiziri
Chioma Ifeoma Uchenna Obinna Emeka Ikenna Chukwuemeka Nkechi Adebayo Adewale Olumide Oluwadamilare Ayodele Funmilayo Bukola
Abdi Hodan Faduma Ayaan Amadou Alassane Boubacar Cheick Fodé Mamadi Sidiki Tidiane Aliou Ndèye Astou Bineta Mame Rokhaya Fatou
Ramatoulaye Nafissatou Oumy Yacouba Zoumana Drissa Tenin Assétou Aboubacar Ismaila Ibrahima Thiam Moustapha
Anand Vikram Suresh Ramesh Rajesh Sanjay Vijay Amit Sunil Anil Nikhil Rohan Karan Aditya Ananya Kavya Shreya Pooja Neha
Divya Meera Nisha Preeti Swati Tanvi Aarav Ishaan Varun Siddharth Harpreet Gurpreet Manpreet Jaspreet Simran Navjot
Thi Van Ngoc Anh Bao Phuc Khoa Long Nam Hieu Tuyet Lien Hanh Dung Kim Hyun Jiwoo Seojun Jisoo Yuna Haruka Aiko Takeshi Hiroshi
`
  .split(/\s+/)
  .filter(Boolean);

export const EXTRA_SURNAMES = `
Benali Benjelloun Benmoussa Bensaïd Bouzid Boudjema Belkacem Belkheir Chaouch Haddad Hamdi Kaddour Mansouri Meziane Ouali Rahmani
Saïdi Saidi Slimani Zerrouki Amrani Bouazza Cherif Djebbar Ferhat Hadjadj Kaci Laribi Lounis Mebarki Messaoudi Touati Yahiaoui
Cissé Cisse Coulibaly Diallo Diop Diarra Doumbia Fofana Kané Kante Keita Konaté Koné Sangaré Sow Sylla Touré Traoré Camara Ndiaye
Nguyen Tran Pham Hoang Huynh Phan Vu Dang Bui Do Ngo Duong Ly Wang Zhang Liu Huang Zhao Zhou Lin Wu
Hoarau Payet Grondin Fontaine Kaczmarek Kowalski Wójcik Nowak Lewandowski Almeida Ferreira Pereira Carvalho Rodrigues Gonçalves
Yilmaz Yılmaz Kaya Demir Çelik Şahin Öztürk
Lenoir Leblanc Lamotte Lebrun Leroux Lefort Lemoine Lemaire Leclerc Leclercq Lecomte Lejeune Lefebvre Lefèvre Lemaitre Lemaître
Boulanger Marchal Maréchal Charpentier Carpentier Chevallier Tessier Texier Mercier Bouvier Pelletier Perrier Poirier Bouchet
Goff Gall Guen Bihan Floch Corre Pennec Bras Roux Moal Gac Meur Borgne Duff Cam Hir Dantec Quéré Kerjean Kerleroux Tanguy
Guillou Jaouen Riou Morvan Cadiou Kervella
Murphy Kelly Byrne Ryan Walsh Doyle Quinn Gallagher Donnelly Brennan Reilly Dunne Lynch Kavanagh Fitzgerald Mulligan Connell
Brien Sullivan Neill Connor Donnell Hussain Hussein Khan Ahmed Akhtar Iqbal Rashid Malik Qureshi Chaudhry Siddiqui Sheikh
Patel Shah Sharma Gupta Singh Kumar Reddy Rao Iyer Nair Mehta Joshi Desai Kapoor Chopra Verma Raman Krishnan Subramanian
Okafor Okonkwo Okeke Nwosu Eze Adeyemi Adebayo Ogunleye Balogun Mensah Owusu Boateng Asante Osei Agyeman Kamara Bangura Conteh
Petrenko Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Ivanov Petrov Smirnov Popov Volkov Sokolov Kuznetsov
Horvat Novak Kovac Babic Jovanovic Petrovic Nikolic Popescu Ionescu Dumitru Stan Constantin Georgescu Papadopoulos
Rakotomalala Rakotondrabe Randriamampionona Andrianarivo Razafindrakoto Rasoanaivo Ratsimba Rabemananjara
Etxeberria Etcheverry Goikoetxea Arrieta Urrutia Zubiri Aguirre Ibarra Garmendia Olazabal Santoni Pietri Paoli Casanova Luciani
Mattei Filippi Antonetti Poli Dela Cruz Reyes Santos Bautista Villanueva Mendoza Aquino Ramos Jean-Baptiste Jean-Louis
Pierre-Louis Jean-Charles Saint-Fleur Desrosiers Toussaint Joseph Augustin Hovhannisyan Petrosyan Sargsyan Grigoryan Avetisyan
Ba Ka Sy Ly Li Ng Wu Xu
`
  .split(/\s+/)
  .filter(Boolean);

export const EXTRA_PLACES = `
Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Montpellier|Strasbourg|Bordeaux|Lille|Rennes|Reims|Toulon|Saint-Étienne|Le Havre|Grenoble
Dijon|Angers|Nîmes|Villeurbanne|Clermont-Ferrand|Le Mans|Aix-en-Provence|Brest|Tours|Amiens|Limoges|Annecy|Perpignan|Metz|Besançon
Orléans|Rouen|Mulhouse|Caen|Nancy|Argenteuil|Montreuil|Roubaix|Tourcoing|Avignon|Poitiers|Versailles|Pau|Calais|La Rochelle|Cannes
Antibes|Colmar|Bayonne|Biarritz|Valence|Chambéry|Lorient|Vannes|Quimper|Saint-Malo|Troyes|Niort|Cherbourg|Ajaccio|Bastia|Chartres
Évry|Cergy|Créteil|Nanterre|Saint-Denis|La Défense|Boulogne-Billancourt|Massy|Roissy|Lens|Douai|Dunkerque|Arras|Béthune|Valenciennes
Laval|Angoulême|Bourges|Blois|Auxerre|Nevers|Mâcon|Belfort|Épinal|Charleville-Mézières|Saint-Nazaire|Cholet|Fréjus|Sète|Albi|Rodez
Montauban|Tarbes|Agen|Périgueux|Brive|Vichy|Saint-Brieuc|Lannion|Morlaix|Alençon|Évreux|Beauvais|Compiègne|Soissons|Meaux|Melun
Pointe-à-Pitre|Fort-de-France|Cayenne|Saint-Pierre|Le Port|Mamoudzou|Nouméa|Papeete
Ain|Aisne|Allier|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|Calvados|Cantal|Charente|Charente-Maritime|Cher|Corrèze|Côte-d'Or
Côtes-d'Armor|Creuse|Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine
Indre|Indre-et-Loire|Isère|Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot|Lot-et-Garonne|Lozère
Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|Pas-de-Calais
Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Rhône|Haute-Saône|Saône-et-Loire|Sarthe
Savoie|Haute-Savoie|Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|Somme|Tarn|Tarn-et-Garonne|Var|Vaucluse|Vendée|Vienne
Haute-Vienne|Vosges|Yonne|Territoire de Belfort|Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe
Martinique|Guyane|La Réunion|Réunion|Mayotte|Corse|Normandie|Occitanie|Hauts-de-France|Grand Est|Nouvelle-Aquitaine|Auvergne-Rhône-Alpes
Bourgogne-Franche-Comté|Provence|Côte d'Azur|Vercors|Alpes|Pyrénées|Massif central|Camargue|Beaujolais|Savoie
London|Londres|Geneva|Genève|Brussels|Bruxelles|Berlin|Munich|Madrid|Barcelona|Barcelone|Lisbon|Lisbonne|Porto|Rome|Milan|Turin
Amsterdam|Rotterdam|Luxembourg|Zurich|Lausanne|Bâle|Basel|Dublin|Edinburgh|Manchester|New York|Boston|Chicago|San Francisco
Montréal|Montreal|Québec|Toronto|Dakar|Abidjan|Bamako|Casablanca|Rabat|Tanger|Tangier|Marrakech|Alger|Algiers|Oran|Tunis|Cracovie
Krakow|Varsovie|Warsaw|Prague|Vienna|Vienne|Budapest|Bucarest|Istanbul|Dubaï|Dubai|Singapour|Singapore|Tokyo|Shanghai|Pékin
Beijing|Hong Kong|Mumbai|Bangalore|Sydney|Melbourne|Los Angeles|Seattle|Austin|Miami|Santiago|Houston
Adelaide|Orlando|Alexandrie|Alexandria|Europe|Afrique|Asie|Amérique|Maghreb
England|Angleterre|Scotland|Écosse|Wales|Ireland|Irlande|Canada|Suisse|Switzerland|Belgium|Germany|Spain|Italy|Portugal|Morocco
Algeria|Tunisia|Senegal|Sénégal|Netherlands|Pays-Bas|Poland|Pologne|United States|États-Unis|USA|UK
`
  .split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean);

// Shorthand typed on a phone keyboard, never a surname after a first name ("karim jsp"),
// and English negations typed without their apostrophe ("they aren t").
export const SMS_WORDS = `
jsp jsais jpense jcrois jvais jveux jpeux jsuis chui chuis jai jme jte jle jla jles jdois jfais jdis jviens jpars jreviens
stp svp pr pk pq pcq psk qd qqn qqch qlq tt ts tjrs tjs jms bcp mtn dsl tkt slt bjr bsr cc mdr ptdr lol jpp vrmt vraimt
ptet ptetre cad ds dc ke ki koi ns vs pa pas ct cetait cest c ya yavait ya yen jen tu ta ma sa ok oki okk wsh wesh bref
rdv tel mail msg sms ajd auj ojd aujourd hui demain hier aprem apres avt dem asap btw fyi idk imo tbh ngl omg thx ty pls plz u ur r
mrc dac dacc oklm grv trkl svt cmt jcp abt bc cuz coz tho thru rn ppl prob probs smth sth smh lmk hmu nvm ofc srsly jk irl obv obvs tmr tmrw wyd wbu hbu atm bday gonna wanna gotta kinda sorta nah yea
aren isn doesn didn wasn weren couldn wouldn shouldn hasn hadn
`
  .split(/\s+/)
  .filter(Boolean);
