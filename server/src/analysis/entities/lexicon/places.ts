// World knowledge: countries and their common aliases, capitals (for metonymy: "Doha asked"
// stands for the Qatari government), demonyms and regions. General lexicon, not corpus-specific.

/** Alias groups: the first entry is the default canonical name when only a capital is seen. */
const COUNTRY_GROUPS: string[][] = [
  ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'the States'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  ['Russia', 'Russian Federation'],
  ['China', "People's Republic of China", 'PRC'],
  ['South Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
  ['Iran', 'Islamic Republic of Iran'],
  ['Israel', 'State of Israel'],
  ['Palestine', 'State of Palestine'],
  ['Saudi Arabia', 'Kingdom of Saudi Arabia', 'KSA'],
  ['Netherlands', 'Holland'],
  ['Czech Republic', 'Czechia'],
  ['Turkey', 'Türkiye', 'Turkiye'],
  ['Myanmar', 'Burma'],
  ["Côte d'Ivoire", 'Ivory Coast'],
  ['Democratic Republic of the Congo', 'DRC', 'DR Congo'],
  ['North Atlantic Treaty Organization', 'NATO'],
];

const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia',
  'Cuba', 'Cyprus', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador',
  'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary',
  'Iceland', 'India', 'Indonesia', 'Iraq', 'Ireland', 'Italy', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan',
  'Kenya', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
  'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique',
  'Namibia', 'Nepal', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
  'Romania', 'Rwanda', 'Senegal', 'Serbia', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia',
  'South Africa', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tunisia', 'Turkmenistan', 'Uganda', 'Ukraine',
  'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Vatican',
  'Samoa', 'Tonga', 'Vanuatu', 'Solomon Islands', 'Kiribati', 'Tuvalu', 'Nauru', 'Palau', 'Marshall Islands',
  'Micronesia', 'Seychelles', 'Cape Verde', 'Cabo Verde', 'Equatorial Guinea', 'Guinea-Bissau',
  'Central African Republic', 'Timor-Leste', 'East Timor', 'San Marino', 'Saint Lucia', 'St Lucia',
  'Antigua and Barbuda', 'Saint Kitts and Nevis', 'Trinidad and Tobago',
];

/** Capital → country (canonical group name). */
const CAPITALS: Record<string, string> = {
  Washington: 'United States', London: 'United Kingdom', Moscow: 'Russia', Beijing: 'China', Kyiv: 'Ukraine',
  Kiev: 'Ukraine', Tehran: 'Iran', Jerusalem: 'Israel', Doha: 'Qatar', Cairo: 'Egypt', Paris: 'France',
  Berlin: 'Germany', Ankara: 'Turkey', Riyadh: 'Saudi Arabia', Damascus: 'Syria', Beirut: 'Lebanon',
  Amman: 'Jordan', Baghdad: 'Iraq', Tokyo: 'Japan', Seoul: 'South Korea', Pyongyang: 'North Korea',
  'New Delhi': 'India', Islamabad: 'Pakistan', Kabul: 'Afghanistan', Ottawa: 'Canada', Canberra: 'Australia',
  Rome: 'Italy', Madrid: 'Spain', Brussels: 'European Union', Warsaw: 'Poland', Caracas: 'Venezuela',
  Havana: 'Cuba', 'Abu Dhabi': 'United Arab Emirates', Taipei: 'Taiwan', Manila: 'Philippines', Jakarta: 'Indonesia',
  Hanoi: 'Vietnam', Bangkok: 'Thailand', Nairobi: 'Kenya', 'Addis Ababa': 'Ethiopia', Pretoria: 'South Africa',
  Abuja: 'Nigeria', Tripoli: 'Libya', Tunis: 'Tunisia', Algiers: 'Algeria', Rabat: 'Morocco', Khartoum: 'Sudan',
  Muscat: 'Oman', Sanaa: 'Yemen', "Sana'a": 'Yemen', Baku: 'Azerbaijan', Yerevan: 'Armenia', Tbilisi: 'Georgia',
  Minsk: 'Belarus', Budapest: 'Hungary', Vienna: 'Austria', Athens: 'Greece', Stockholm: 'Sweden', Oslo: 'Norway',
  Copenhagen: 'Denmark', Helsinki: 'Finland', Dublin: 'Ireland', Lisbon: 'Portugal', Bern: 'Switzerland',
  Prague: 'Czech Republic', Bucharest: 'Romania', Sofia: 'Bulgaria', Belgrade: 'Serbia', Brasilia: 'Brazil',
  'Buenos Aires': 'Argentina', Bogota: 'Colombia', Lima: 'Peru', 'Mexico City': 'Mexico', Wellington: 'New Zealand',
  Canberra_: 'Australia', Kinshasa: 'Democratic Republic of the Congo', Dhaka: 'Bangladesh', Kathmandu: 'Nepal',
  Colombo: 'Sri Lanka', Tashkent: 'Uzbekistan', Astana: 'Kazakhstan', 'Kuwait City': 'Kuwait', Manama: 'Bahrain',
  Zagreb: 'Croatia', Ljubljana: 'Slovenia', Sarajevo: 'Bosnia and Herzegovina', Podgorica: 'Montenegro', Skopje: 'North Macedonia',
  Tirana: 'Albania', Pristina: 'Kosovo', Chisinau: 'Moldova', Vilnius: 'Lithuania', Riga: 'Latvia', Tallinn: 'Estonia',
  Bratislava: 'Slovakia', Nicosia: 'Cyprus', Valletta: 'Malta', Reykjavik: 'Iceland', Accra: 'Ghana', Dakar: 'Senegal',
  Kampala: 'Uganda', Lusaka: 'Zambia', Harare: 'Zimbabwe', Luanda: 'Angola', Maputo: 'Mozambique',
  Kigali: 'Rwanda', Windhoek: 'Namibia', Gaborone: 'Botswana', Mogadishu: 'Somalia', Juba: 'South Sudan',
  Asmara: 'Eritrea', Bamako: 'Mali', Niamey: 'Niger', Ouagadougou: 'Burkina Faso', Naypyidaw: 'Myanmar',
  'Phnom Penh': 'Cambodia', Vientiane: 'Laos', 'Kuala Lumpur': 'Malaysia', Ulaanbaatar: 'Mongolia', Bishkek: 'Kyrgyzstan',
  Dushanbe: 'Tajikistan', Ashgabat: 'Turkmenistan', Quito: 'Ecuador', 'La Paz': 'Bolivia', Asuncion: 'Paraguay',
  Montevideo: 'Uruguay', 'Panama City': 'Panama', Managua: 'Nicaragua',
  Tegucigalpa: 'Honduras', 'Guatemala City': 'Guatemala', 'San Salvador': 'El Salvador', 'Port-au-Prince': 'Haiti',
};

const DEMONYMS = [
  // (nouns for one person: "the Swede said")
  // (not those that are also given names: Finn, Dane, Scot)
  'Swede', 'Swedes', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Scots', 'Scotsman',
  'Welshman', 'Irishman', 'Dutchman', 'Danes', 'Finns', 'Pole', 'Poles', 'Turk', 'Turks',
  'Spaniard', 'Spaniards', 'Norwegians', 'Brazilians', 'Argentines', 'Croat', 'Croatian', 'Serb', 'Serbian',
  'Slovenian', 'Icelander', 'Portuguese', 'Nigerians', 'Kenyans', 'Ghanaians', 'South African', 'New Zealander',
  'American', 'Americans', 'British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh', 'Irish', 'French',
  'German', 'Germans', 'Italian', 'Italians', 'Spanish', 'Portuguese', 'Dutch', 'Belgian', 'Swiss', 'Austrian',
  'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish', 'Czech', 'Slovak', 'Hungarian', 'Romanian',
  'Bulgarian', 'Greek', 'Turkish', 'Russian', 'Russians', 'Ukrainian', 'Ukrainians', 'Belarusian', 'Georgian',
  'Armenian', 'Azerbaijani', 'Iranian', 'Iranians', 'Iraqi', 'Iraqis', 'Syrian', 'Syrians', 'Lebanese',
  'Jordanian', 'Israeli', 'Israelis', 'Palestinian', 'Palestinians', 'Egyptian', 'Egyptians', 'Saudi', 'Saudis',
  'Qatari', 'Qataris', 'Emirati', 'Kuwaiti', 'Bahraini', 'Omani', 'Yemeni', 'Libyan', 'Tunisian', 'Algerian',
  'Moroccan', 'Sudanese', 'Ethiopian', 'Kenyan', 'Nigerian', 'Ghanaian', 'Somali', 'Afghan', 'Pakistani',
  'Indian', 'Indians', 'Bangladeshi', 'Chinese', 'Japanese', 'Korean', 'Koreans', 'Taiwanese', 'Vietnamese',
  'Thai', 'Laotian', 'Filipino', 'Indonesian', 'Malaysian', 'Australian', 'Australians', 'Canadian', 'Canadians', 'Mexican',
  'Mexicans', 'Brazilian', 'Argentine', 'Argentinian', 'Chilean', 'Colombian', 'Venezuelan', 'Peruvian', 'Cuban',
  'Arab', 'Arabs', 'Arabic', 'Jewish', 'Jews', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Western',
  'Eastern', 'European', 'Europeans', 'African', 'Africans', 'Asian', 'Asians', 'Latin',
  'Persian', 'Kurdish', 'Kurds', 'Shiite', 'Sunni', 'Shia', 'Catholic', 'Soviet', 'Scandinavian', 'Baltic',
  'Balkan', 'Caribbean', 'Nordic', 'Hebrew', 'Zionist', 'Israeli-Palestinian',
];

const REGIONS = [
  'Middle East', 'Mideast', 'Europe', 'Asia', 'Africa', 'Gulf', 'Gaza', 'Gaza Strip', 'West Bank', 'Latin America',
  'North America', 'South America', 'Caribbean', 'Balkans', 'Arctic', 'Antarctica', 'Pacific', 'Atlantic',
  'Mediterranean', 'Sahel', 'Levant', 'Crimea', 'Donbas', 'Kashmir', 'Golan Heights', 'Sinai',
  // territories and dependencies
  'Greenland', 'Faroe Islands', 'Puerto Rico', 'Guam', 'Bermuda', 'Gibraltar', 'Macau', 'Macao', 'Tibet',
  'Xinjiang', 'New Caledonia', 'French Polynesia', 'Zanzibar', 'Cayman Islands', 'Isle of Man', 'Jersey', 'Guernsey',
  'St Helena', 'Saint Helena', 'Ascension Island', 'Tristan da Cunha', 'Falkland Islands', 'Falklands', 'Turks and Caicos',
  'Turks and Caicos Islands', 'British Virgin Islands', 'US Virgin Islands', 'Anguilla', 'Montserrat', 'Aruba', 'Curaçao',
  'Sint Maarten', 'Cook Islands', 'Niue', 'Tokelau', 'Norfolk Island', 'Christmas Island', 'American Samoa', 'Northern Mariana Islands',
  // the United Kingdom's nations (places, not aliases of the country: "England" is also a team)
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  // large cities that are no capitals (no metonymy: "Delhi" is a place, not a company's short name
  // in "Delhi Metro Rail Corporation"); not those that are also common names ("Houston", "Sydney")
  'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'Mumbai', 'Delhi', 'Kolkata', 'Chennai',
  'Bengaluru', 'Bangalore', 'Hyderabad', 'Karachi', 'Lahore', 'Lagos', 'Dubai', 'Abu Dhabi', 'Shanghai',
  'Hong Kong', 'Guangzhou', 'Shenzhen', 'Osaka', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Istanbul',
  'Melbourne', 'Toronto', 'Montreal', 'Vancouver', 'Johannesburg', 'Cape Town', 'Durban', 'Frankfurt',
  'Munich', 'Milan', 'Barcelona', 'Geneva', 'Zurich', 'Mombasa', 'Casablanca', 'Alexandria', 'Jeddah',
  // US states (not those that are also common names or a capital: Washington, Virginia, Georgia, Indiana, Montana)
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
  // Canada's provinces and territories, Australia's states (not those named with the country's name), India's and Pakistan's larger states and provinces
  // (not those that are also common names: Victoria)
  'Ontario', 'Quebec', 'Québec', 'British Columbia', 'Alberta', 'Saskatchewan', 'Manitoba', 'Nova Scotia', 'New Brunswick',
  'Newfoundland and Labrador', 'Newfoundland', 'Labrador', 'Prince Edward Island', 'Yukon', 'Nunavut', 'Northwest Territories',
  'Queensland', 'New South Wales', 'Tasmania',
  'Maharashtra', 'Karnataka', 'Tamil Nadu', 'Kerala', 'Telangana', 'Andhra Pradesh', 'Uttar Pradesh', 'Madhya Pradesh',
  'Rajasthan', 'Gujarat', 'West Bengal', 'Bihar', 'Odisha', 'Assam', 'Jharkhand', 'Chhattisgarh', 'Haryana', 'Uttarakhand',
  'Himachal Pradesh', 'Meghalaya', 'Manipur', 'Nagaland', 'Mizoram', 'Tripura', 'Arunachal Pradesh', 'Sikkim',
  'Punjab', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa',
];

export function placeKey(s: string): string {
  return s.toLowerCase().replace(/\./g, '').replace(/[’‘]/g, "'").replace(/^the /, '');
}

const groupOf = new Map<string, string>();
const groupDefault = new Map<string, string>();
for (const g of COUNTRY_GROUPS) {
  const id = '@' + placeKey(g[0]);
  groupDefault.set(id, g[0]);
  for (const a of g) groupOf.set(placeKey(a), id);
}
for (const c of COUNTRIES) {
  const k = placeKey(c);
  if (!groupOf.has(k)) { groupOf.set(k, '@' + k); groupDefault.set('@' + k, c); }
}
const capitalOf = new Map<string, string>();
for (const [cap, country] of Object.entries(CAPITALS)) {
  const id = groupOf.get(placeKey(country));
  if (id) capitalOf.set(placeKey(cap.replace(/_$/, '')), id);
}

/**
 * Country (or union of countries) group id for a normalised key ("us" → "@united states"), or
 * undefined; a group id is its own (the key of a capital standing for its government, extract.ts).
 */
export function countryGroup(key: string): string | undefined {
  return key.charCodeAt(0) === 64 ? key : groupOf.get(key);
}
/** Default display name of a country group id. */
export function countryName(id: string): string {
  return groupDefault.get(id) ?? id.slice(1);
}
/** Country group id that a capital stands for ("doha" → "@qatar"). */
export function capitalCountry(key: string): string | undefined {
  return capitalOf.get(key);
}

export const DEMONYM_WORDS: ReadonlySet<string> = new Set(DEMONYMS.map((d) => d.toLowerCase()));
const regionKeys = new Set(REGIONS.map(placeKey));
/** groupOf, regionKeys and capitalOf keys in one set: one lookup per question (most keys are none of them) */
const placeKeys = new Set<string>([...groupOf.keys(), ...regionKeys, ...capitalOf.keys()]);
/** A place name that is not a capital: a country or a region. */
export function isPlaceKey(key: string): boolean {
  return placeKeys.has(key);
}
