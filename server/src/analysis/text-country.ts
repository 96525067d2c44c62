// Which country a text is about, by the places and people it names: rules that differ by
// country (a holiday's day, the currency a bare "K" writes, honorifics that are surnames
// elsewhere) ask here. One pattern per country; a text's counts are kept while it is the last
// text asked about.

export type Country = 'canada' | 'new-zealand' | 'myanmar' | 'papua-new-guinea' | 'malawi' | 'zambia' | 'bhutan' | 'kuwait' | 'bahrain' | 'jordan' | 'iraq'
  | 'gambia' | 'lesotho' | 'eswatini' | 'botswana' | 'sierra-leone' | 'vanuatu' | 'fiji' | 'thailand' | 'ethiopia' | 'guatemala';

const PLACES: Readonly<Record<Country, RegExp>> = {
  canada: /\b(?:Canada|Canadians?|Ontario|Quebec|Québec|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Nunavut|Yukon|Northwest Territories|British Columbia|Toronto|Montreal|Ottawa|Vancouver|Calgary|Edmonton|Winnipeg|Halifax|RCMP|Ont\.|Que\.|Alta\.|Sask\.|Man\.)(?![\w-])/g,
  'new-zealand': /\b(?:New Zealand(?:ers?)?|Kiwis?|Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Waikato|Canterbury|Otago|Taranaki|Rotorua|Napier|Gisborne|Whanganui|Palmerston North|Nelson|Invercargill|Māori|Maori|iwi|Aotearoa)\b/g,
  myanmar: /\b(?:Myanmar|Burm(?:a|ese)|Yangon|Rangoon|Naypyitaw|Mandalay)\b/g,
  'papua-new-guinea': /\b(?:Papua New Guinea|Port Moresby)\b/g,
  malawi: /\b(?:Malawi(?:an)?|Lilongwe|Blantyre)\b/g,
  zambia: /\b(?:Zambian?|Lusaka|Ndola|Kitwe)\b/g,
  bhutan: /\b(?:Bhutan(?:ese)?|Thimphu|Paro|Punakha|Druk|ngultrum)\b/g,
  kuwait: /\b(?:Kuwait(?:i|is)?|KD|KWD)\b/g,
  bahrain: /\b(?:Bahrain(?:i|is)?|Manama|BD|BHD)\b/g,
  jordan: /\b(?:Jordan(?:ian|ians)?|Amman|JD|JOD)\b/g,
  iraq: /\b(?:Iraq(?:i|is)?|Baghdad|IQD)\b/g,
  gambia: /\b(?:Gambian?s?|Banjul|Serrekunda|Brikama|dalasi)\b/g,
  lesotho: /\b(?:Lesotho|Basotho|Maseru|maloti|loti)\b/g,
  eswatini: /\b(?:Eswatini|Swaziland|Swazis?|Mbabane|Manzini|emalangeni|lilangeni)\b/g,
  botswana: /\b(?:Botswana|Batswana|Gaborone|Francistown|pula)\b/g,
  'sierra-leone': /\b(?:Sierra Leone(?:an|ans)?|Freetown|leones?)\b/g,
  vanuatu: /\b(?:Vanuatu|Port Vila|Luganville|Espiritu Santo|Tanna|vatu)\b/g,
  thailand: /\b(?:Thailand|Thais?|Bangkok|Phuket|Chiang Mai|Pattaya|Krabi|Hat Yai|baht)\b/g,
  ethiopia: /\b(?:Ethiopian?s?|Addis Ababa|Amhara|Oromia|Tigray|Sidama|Hawassa|Bahir Dar|Mekelle|Dire Dawa|birr)\b/g,
  fiji: /\b(?:Fiji(?:an|ans)?|Suva|Nadi|Lautoka|Labasa|Nausori|Vanua Levu|Viti Levu)\b/g,
  guatemala: /\b(?:Guatemala(?:n|ns)?|Quetzaltenango|Antigua Guatemala|Petén|Escuintla|Cobán|quetzal(?:es)?)\b/g,
};

let last: { text: string; counts: Map<string, number> } | null = null;

/** How many times the text names the country's places, counted up to `max` */
export function placeCount(text: string, country: Country, max: number): number {
  if (last === null || last.text !== text) last = { text, counts: new Map() };
  const key = `${country} ${max}`;
  let k = last.counts.get(key);
  if (k === undefined) {
    const re = PLACES[country];
    re.lastIndex = 0;
    k = 0;
    while (k < max && re.exec(text) !== null) k++;
    last.counts.set(key, k);
  }
  return k;
}

/** Whether the text names one of the country's places */
export function isAbout(text: string, country: Country): boolean {
  return placeCount(text, country, 1) > 0;
}
