/**
 * The word lists names, places and sentences are drawn from: given and family names, the parts of
 * invented place names, countries, roles, parties, social groups, topics and the like.
 */

export const GIVEN = [
  'Vladimir', 'Nadezhda', 'Aleksandra', 'Józef', 'Ana', 'María', 'José', 'Raúl', 'Celia', 'Vilma',
  'Ernesto', 'Haydée', 'Kwame', 'Amílcar', 'Samora', 'Agostinho', 'Patrice', 'Walter', 'Claudia',
  'Rosa', 'Clara', 'Antonio', 'Palmiro', 'Georgi', 'Dolores', 'Sylvia', 'Ahmed', 'Fatima', 'Leila',
  'Nazım', 'Pablo', 'Salvador', 'Víctor', 'Hugo', 'Dilma', 'Luiz', 'Carlos', 'Francisco', 'Olga',
  'Irina', 'Dmitri', 'Sergei', 'Mikhail', 'Yuri', 'Valentina', 'Tatiana', 'Ignacy', 'Bolesław',
  'Zdeněk', 'Jiří', 'Ștefan', 'Gheorghe', 'Đorđe', 'Ljubica', 'Françoise', 'Jérôme', 'Søren', 'Åsa',
  'Sebastián', 'Inés', 'Ramón', 'Teresa', 'Lucía', 'Tomás', 'Héctor', 'Rubén', 'Marta', 'Elena',
  'Nikolai', 'Grigory', 'Anna', 'Wei', 'Jomo', 'Thomas', 'Winnie', 'Angela', 'Assata', 'Fred',
  'Amir', 'Yasmin', 'Omar', 'Samir', 'Nour', 'Jin', 'Hye-jin', 'Min-su', 'Arturo', 'Graciela',
  'Ernst', 'Käthe', 'Wilhelm', 'Ülo', 'Jānis', 'Aušra', 'Ágnes', 'Mátyás', 'Zoltán', 'Kofi',
  'Thandiwe', 'Sipho', 'Amina', 'Bongani', 'Rigoberta', 'Domitila', 'Evelio', 'Mercedes', 'Ilse',
];

export const FAMILY = [
  'Pérez', 'Martínez', 'González', 'Ramírez', 'Núñez', 'Fernández', 'Kowalski', 'Nowak',
  'Wiśniewski', 'Dvořák', 'Novák', 'Horváth', 'Popescu', 'Ionescu', 'Petrov', 'Ivanova', 'Sokolov',
  'Volkov', 'Morozov', 'Kuznetsov', 'Lebedev', 'Okonkwo', 'Mensah', 'Diallo', 'Traoré', 'Cabral',
  'Machel', 'Neto', 'Mondlane', 'Nguyen', 'Tran', 'Pham', 'Kim', 'Park', 'Choi', 'Zhang', 'Wang',
  'Chen', 'Liu', 'Singh', 'Sharma', 'Das', 'Bose', 'Haddad', 'Khoury', 'Mansour', 'Yılmaz', 'Kaya',
  'Demir', 'Schmidt', 'Müller', 'Weber', 'Becker', 'Rossi', 'Bianchi', 'Esposito', 'Silva',
  'Santos', 'Oliveira', 'Sousa', 'Costa', 'Almeida', 'Lindqvist', 'Jørgensen', 'Østergaard',
  "O'Neill", 'McAllister', 'Kovačević', 'Jovanović', 'Marković', 'Đurić', 'Szabó', 'Tóth', 'Nagy',
  'Kalniņš', 'Ozols', 'Tamm', 'Mäkinen', 'Virtanen', 'Rodríguez', 'López', 'Sánchez', 'Gómez',
  'Díaz', 'Vargas', 'Castillo', 'Mendoza', 'Benítez', 'Ortega', 'Ruiz', 'Moreno', 'Acosta',
  'Morales', 'Herrera', 'Aguilar', 'Quispe', 'Mamani', 'Huanca', 'Mwangi', 'Odhiambo', 'Kamau',
  'Banda', 'Phiri', 'Moyo', 'Dlamini', 'Ndlovu', 'Osei', 'Boateng', 'Adeyemi', 'Chávez', 'Ibáñez',
];

export const PLACE_START = [
  'Kar', 'Vel', 'Mir', 'San', 'Bor', 'Tal', 'Nov', 'Ost', 'Rad', 'Zel', 'Dor', 'Lun', 'Vas', 'Mar',
  'Kos', 'Bel', 'Tor', 'Pal', 'Ser', 'Gal', 'Ald', 'Esk', 'Ist', 'Orm', 'Yar', 'Cor', 'Fen', 'Hal',
  'Jur', 'Nar', 'Sol', 'Tem', 'Bar', 'Lok', 'Mag', 'Pet', 'Ros', 'Sar', 'Vol', 'Zam',
];
export const PLACE_MID = ['a', 'o', 'e', 'i', 'u', 'ar', 'en', 'ol', 'ir', 'an', 'ov', 'ad'];
export const PLACE_END = [
  'sk', 'ovo', 'ia', 'grad', 'burg', 'ena', 'ino', 'ar', 'ova', 'mar', 'dal', 'pur', 'abad', 'stan',
  'polis', 'ua', 'ez', 'ía', 'ów', 'ão', 'ić', 'lund', 'heim', 'kent', 'tepe', 'ville', 'gora', 'ica',
];

export const COUNTRIES = [
  'Russian Empire', 'Soviet Union', 'Cuba', 'Vietnam', 'China', 'Korea', 'Ghana', 'Mozambique',
  'Angola', 'Guinea-Bissau', 'Mexico', 'Bolivia', 'Chile', 'Brazil', 'Albania', 'Bulgaria',
  'Hungary', 'Czechoslovakia', 'Romania', 'Yugoslavia', 'Turkey', 'Lebanon', 'Palestine', 'India',
  'Ireland', 'Germany', 'Italy', 'Spain', 'Portugal', 'Finland', 'Estonia', 'Latvia', 'Kenya',
  'Zimbabwe', 'South Africa', 'Philippines', 'Nepal', 'Peru', 'Nicaragua', 'Burkina Faso',
];
export const NATIONALITIES = [
  'Russian', 'Soviet', 'Cuban', 'Vietnamese', 'Chinese', 'Korean', 'Ghanaian', 'Mozambican',
  'Angolan', 'Bissau-Guinean', 'Mexican', 'Bolivian', 'Chilean', 'Brazilian', 'Albanian',
  'Bulgarian', 'Hungarian', 'Czechoslovak', 'Romanian', 'Yugoslav', 'Turkish', 'Lebanese',
  'Palestinian', 'Indian', 'Irish', 'German', 'Italian', 'Spanish', 'Portuguese', 'Finnish',
  'Estonian', 'Latvian', 'Kenyan', 'Zimbabwean', 'South African', 'Filipino', 'Nepali', 'Peruvian',
  'Nicaraguan', 'Burkinabè',
];
export const ROLES = [
  'Marxist revolutionary', 'trade unionist', 'educator', 'poet', 'economist', 'guerrilla commander',
  'historian', 'journalist', 'party organiser', 'physician', 'agronomist', 'philosopher',
  'feminist organiser', 'peasant leader', 'diplomat', 'novelist', 'engineer', 'statesman',
];
export const PARTIES = [
  'Communist Party', 'Workers\u2019 Party', 'Socialist Unity Party', 'Labour Party',
  'People\u2019s Revolutionary Party', 'Social Democratic Party', 'Party of Labour',
  'Revolutionary Socialist League', 'National Liberation Front', 'United Socialist Party',
];
export const GROUPS = [
  'peasants', 'factory workers', 'miners', 'students', 'teachers', 'railway workers',
  'landless labourers', 'women textile workers', 'dock workers', 'fishermen', 'sugar workers',
  'agricultural cooperatives', 'soldiers\u2019 committees', 'tenant farmers', 'urban artisans',
  'plantation workers', 'young communists', 'veterans', 'rural schoolteachers', 'nurses',
];
export const TOPICS = [
  'land reform', 'adult literacy', 'the nationalisation of industry', 'collective farming',
  'trade union rights', 'public health', 'the eight-hour day', 'rural electrification',
  'the national question', 'women\u2019s equality', 'housing', 'the cooperative movement',
  'foreign debt', 'agrarian credit', 'popular education', 'workers\u2019 control',
  'the planning of production', 'water supply', 'the defence of the revolution', 'famine relief',
];
export const ENEMIES = [
  'the landlords', 'the old officer corps', 'foreign mining companies', 'the colonial administration',
  'the big merchants', 'the clergy of the old regime', 'the plantation owners', 'the comprador bourgeoisie',
  'the royalist militias', 'the banks',
];
export const RESOURCES = ['the land', 'the mines', 'the ports', 'the rural credit system', 'the sugar mills', 'the water supply', 'the railways', 'the press'];
export const FACILITIES = ['schools', 'clinics', 'libraries', 'factories', 'power stations', 'reading rooms', 'hospitals', 'state farms', 'polytechnics', 'workers\u2019 clubs'];
export const GOODS = ['steel', 'cement', 'grain', 'sugar', 'cotton', 'coal', 'electricity', 'fertiliser', 'textiles', 'tractors'];
export const UNITS = ['cooperatives', 'trade union branches', 'literacy circles', 'party cells', 'rural schools', 'health posts', 'machine and tractor stations', 'people\u2019s councils'];
export const LANGUAGES = ['Spanish', 'French', 'Portuguese', 'Russian', 'Arabic', 'Swahili', 'Vietnamese', 'English', 'German', 'Turkish', 'Korean', 'Chinese'];
export const ORG_KINDS = [
  'Central Committee', 'Workers\u2019 Council', 'Peasant League', 'Teachers\u2019 Union',
  'Federation of Women', 'Youth League', 'Planning Commission', 'Ministry of Education',
  'Revolutionary Committee', 'Trade Union Federation', 'Statistical Office', 'Academy of Sciences',
];
export const NEWSPAPERS = ['Pravda', 'Granma', 'Nhân Dân', 'Rabotnik', 'La Voz Obrera', 'The Worker', 'Il Lavoratore', 'Avante!', 'Rodong Sinmun', 'Dawn of Labour'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

export const CONCEPTS = [
  'Dual power', 'Agrarian question', 'National question', 'Democratic centralism', 'Popular front',
  'Mass line', 'Labour aristocracy', 'Primitive accumulation', 'Permanent revolution',
  'Socialism in one country', 'Unequal exchange', 'Imperialism', 'Surplus value',
  'Historical materialism', 'Dialectical materialism', 'United front', 'New Democracy',
  'Vanguard party', 'Dictatorship of the proletariat', 'Neocolonialism', 'Class struggle',
];
