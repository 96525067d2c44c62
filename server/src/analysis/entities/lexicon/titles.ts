// Person titles and role vocabulary: words that introduce or describe a person ("US Secretary
// of State", "Hezbollah leader", "a representative of Hamas").

/** Title nouns (any case) that head a role before a name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'secretary-general', 'undersecretary', 'spokesperson',
  'spokesman', 'spokeswoman', 'envoy', 'ambassador', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh',
  // (a London Assembly member, "Labour AM X"; a Kenyan "Senior Counsel X"; Malaysia's "Datuk Wira X")
  'am', 'counsel', 'wira',
  'emir', 'sultan', 'governor', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'del.', 'representative', 'congressman',
  'congresswoman', 'mayor', 'juror', 'depute', 'postmaster', 'postmistress', 'judge', 'justice', 'justices', 'agent', 'general', 'gen.', 'lt.', 'col.', 'colonel', 'major', 'captain',
  'capt.', 'admiral', 'commander', 'chief', 'director', 'director-general', 'chairman', 'chairwoman', 'chair',
  'ceo', 'leader', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'ayatollah', 'dr', 'dr.', 'doctor', 'prof.',
  'professor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'officer',
  'official', 'adviser', 'advisor', 'aide', 'negotiator', 'coordinator', 'premier', 'lawmaker', 'legislator',
  'mp', 'mk', 'attorney', 'prosecutor', 'inspector', 'superintendent', 'sergeant', 'sgt.', 'lieutenant',
  'head', 'founder', 'co-founder', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-chairperson', 'co-leader', 'co-director', 'co-president', 'co-owner', 'co-ceo', 'co-host', 'co-coordinator', 'executive', 'economist', 'analyst', 'researcher', 'scientist', 'author',
  'journalist', 'correspondent', 'editor', 'reporter', 'columnist', 'anchor', 'host', 'commissioner',
  'administrator', 'deputy', 'member', 'chairperson', 'speaker', 'whip', 'dean', 'rector', 'principal', 'coach', 'manager',
  'selector', 'presidential', 'presidency', 'candidate', 'nominee', 'strategist', 'diplomat', 'representative', 'delegate', 'mediator',
  'convenor', 'convener', 'commodore', 'brigadier', 'marshal', 'advocate', 'adv', 'adv.', 'clerk', 'bailiff',
  'lawyer', 'runner-up', 'defender', 'barrister',
  // (a solicitor: "Solicitor Declan Furlong")
  'solicitor',
  // British police ranks ("PC Kieran Meadows", "DS Mark Hale"; not "DC" nor "DCI", also a city's and a directorate's letters)
  'pc', 'pcso', 'ds',
  // a television station's forecasters ("KING 5 Meteorologist Ana Reyes-Holt")
  'meteorologist', 'forecaster',
  // Ghanaian and Hausa honorifics, chess titles ("Nana X", "Malam X", "GM X", "IM X", "IA X" an arbiter)
  'nana', 'malam', 'mallam', 'gm', 'im', 'wgm', 'wim', 'ia', 'fm',
  // Myanmar's honorifics, Brunei's, Bhutan's and Fiji's ("U Khin Maung Thein", "Daw San San Myint",
  // "Dayang Siti Aminah", "Pengiran Haji Ali", "Lyonpo Karma Tenzin", "Ratu Iliesa Koroi-Vula")
  'u', 'daw', 'dayang', 'awang', 'pengiran', 'pehin', 'paduka', 'lyonpo', 'lyonchhen', 'dasho', 'ratu',
  // East African and Swazi honorifics and officers, an Indian district council's executive ("Mzee Mallya", "RC Mshana" a
  // Regional Commissioner, "Umntfwanenkhosi Sidvumo" a prince, "Deputy CEM Shanbor Rymbai"), a port's officer
  'mzee', 'rc', 'umntfwanenkhosi', 'cem', 'harbormaster', 'harbourmaster',
  // (a lock's and a station's keepers: "Lockmaster Dwayne Pruitt said")
  'lockmaster', 'stationmaster',
  // a town's or a county's valuer of property ("Town Assessor Raymond Ostrowski told the crowd")
  'assessor',
  // a university's or a king's regent, Thai's "Khun" (Mr or Ms) (not "controller": Kenya's
  // "Controller of Budget" is an office that speaks)
  'regent', 'khun',
  // an Irish council's chair and deputy chair ("Cathaoirleach of Laois County Council Paddy Bracken")
  'cathaoirleach', 'leas-chathaoirleach',
  // a county's officer of the state ("Iasi County Prefect Bogdan Cernat-Lupu")
  'prefect',
  // a Muslim teacher's title in Southeast Asian copy ("Ustadz Jamal Abdulbasit"), a cleric's in Afghan and
  // Pakistani copy ("Mawlawi Hamidullah Saeedi", "Maulana X"), and "His Excellency" abbreviated ("H.E. PHOK Sothearith")
  'ustadz', 'ustaz', 'mawlawi', 'maulvi', 'maulana', 'mawlana', 'h.e.',
  // a European Parliament report's author, Brunei's honorifics of royal descent ("Rapporteur X", "Awangku X", "Dk X")
  'rapporteur', 'awangku', 'dk',
  // Sesotho and Setswana honorifics ("Ntate Mohapi Sekhesa", Mr; "Kgosi Oratile Masilo", a chief)
  'ntate', 'kgosi',
  // an Aboriginal elder's and a priest's titles ("Uncle Ray Towney", "Father Psaltis"; not "Controller": Kenya's "Controller of Budget" is an office)
  'uncle', 'aunty', 'auntie', 'father',
  // the Church of England's and Ireland's styles ("the Revd Jonathan Pryce", "the Rt Revd X", "the Ven X", "Archdeacon X"; not "Canon", a firm's and a club's name)
  'revd', 'rt', 'rt.', 'ven', 'ven.', 'venerable', 'archdeacon',
  // a navy's commodore, an engineer, abbreviated with its point ("Eng."; not "Eng", also a surname), and a recorder (a judge of England and Wales)
  // ("said Cdre. Lachlan Haines", "Eng. Chanda Mulenga-Phiri", "Recorder Helen Ashworth")
  'cdre', 'cdre.', 'eng.', 'recorder',
  // Indonesian professional titles, a vet's and a dentist's ("drh. Yohana Siregar", "drg. X")
  'drh', 'drh.', 'drg', 'drg.',
  // police ranks of South Asian and Nigerian copy, and Zimbabwean honorifics ("DSP X", "Cde X", "Sekuru X")
  'dsp', 'asp', 'acp', 'dcp', 'csp', 'cde', 'sekuru', 'engineer',
  // sumo ranks before a wrestler's name ("Ozeki Kirinoumi")
  'yokozuna', 'ozeki', 'sekiwake', 'komusubi', 'maegashira',
  // abbreviated and civic titles of news copy ("Gov. Gavin Newsom", "Sheriff Alex Villanueva")
  'gov', 'gov.', 'rev', 'rev.', 'reverend', 'atty.', 'supt.', 'amb.', 'adm.', 'maj.', 'cmdr.', 'cpl.', 'pvt.', 'msgr.',
  'sheriff', 'detective', 'constable', 'trooper', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'councilmember', 'supervisor', 'alderman', 'alderwoman', 'alderperson', 'conservator', 'ald.', 'coun.', 'coun', 'assemblyman', 'assemblywoman', 'treasurer', 'comptroller', 'datuk', 'datin', 'dato', 'seri', 'tun', 'madam', 'menteri', 'besar', 'comrade', 'mmc', 'dpp', 'magistrate', 'coroner', 'examiner',
  'ombudsman', 'consul', 'pastor', 'provost', 'epidemiologist', 'physician', 'surgeon', 'collector',
  // without the period (British style), and South Asian honorifics ("Prof Helen Ashdown", "Shri", "Tmt.")
  'prof', 'shri', 'sri', 'smt', 'smt.', 'thiru', 'tmt', 'tmt.', 'selvi', 'hon', 'hon.', 'honourable', 'honorable', 'alhaji', 'rre', 'alhaja', 'hajjat', 'hajiya', 'hajia', 'haji', 'hajji',
  // Irish, and abbreviations of South Asian and British copy ("PM Farrukh", "CM Sadia")
  'taoiseach', 'tánaiste', 'tanaiste', 'td', 'pm', 'cm',
  // (India's Minister of State: "MoS Raghunathan said")
  'mos',
  // members of other assemblies, Kenyan cabinet secretaries, Indian police ranks ("Green MEP X", "CS X", "DCP X")
  'mep', 'mca', 'mla', 'mlc', 'msp', 'mpp', 'mna', 'mhk', 'cs', 'dcp', 'acp', 'igp', 'dsp', 'asp', 'sho',
  // company officers and British councillors ("CTO Jonah Whitaker", "Cllr Martin Fairweather")
  'cto', 'cfo', 'coo', 'evp', 'svp', 'vp', 'cllr', 'cllr.', 'cr', 'cr.', 'garda', 'tem', 'tempore',
  // an engineer's and a comrade's title (Ghanaian and continental copy: "Ing. Samuel Tetteh"; Zimbabwean: "Cde Edwin Mapfumo")
  'ing.', 'eng.', 'engr', 'engr.', 'clr', 'clr.', 'cde', 'cde.',
  // ranks written without their period (Thai, British and Commonwealth copy: "Pol Lt Gen X", "Det Supt X")
  'pol', 'lt', 'gen', 'maj', 'col', 'brig', 'capt', 'sgt', 'cpl', 'adm', 'cdr', 'supt', 'insp', 'det', 'ald',
  'det.', 'insp.', 'brig.', 'cdr.', 'cmdr',
  // a corporal, a lifeboat's coxswain, a priest abbreviated, a Hindustani master ("Fr Declan Tuohy",
  // "Pandit Shrikant Joglekar"; always outside the name in the gold sets; not "Sr.", a father's name's end)
  'corporal', 'coxswain', 'fr', 'fr.', 'pandit',
  // a chess title written out ("Grandmaster X", "Woman Grandmaster X"; not "Master": "Master Drum Maker X")
  'grandmaster',
]);

/** Words that may sit inside a role before the title noun ("Former", "Special", "Prime", "Foreign"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'special', 'prime', 'deputy', 'acting', 'interim', 'senior', 'top', 'chief', 'vice', 'foreign',
  'defense', 'defence', 'finance', 'interior', 'state', 'national', 'security', 'affairs', 'strategic', 'general',
  'supreme', 'high', 'assistant', 'associate', 'principal', 'executive', 'press', 'political', 'military',
  'spiritual', 'presidential', 'then', 'then-', 'incoming', 'outgoing', 'late', 'lead', 'chief', 'white', 'house',
  'state-run', 'government', 'health', 'justice', 'trade', 'economy', 'energy', 'education', 'public', 'majority',
  'minority', 'opposition', 'party', 'army', 'police', 'intelligence', 'counterterrorism', 'cabinet', 'u.n.',
  'un', 'eu', 'nato',
  // a party's or a body's spokesperson in a chamber or a region ("PASOK parliamentary spokesperson Katerina Mavridou")
  'parliamentary', 'legislative', 'regional', 'municipal', 'provincial', 'federal', 'official',
  // (a chess title's: "Woman Grandmaster"; a dean's and an archbishop's: "the Very Revd", "the Most Revd")
  'woman', 'very', 'most',
  // (an agency's head in one country and the UN's own: "WFP Syria country director Karim Nasser",
  // "the Humanitarian Coordinator in Chad", "the UN Resident Coordinator")
  'country', 'humanitarian', 'resident',
]);

/** Portfolio words after "Secretary of" / "Minister of" ("Secretary of State Antony Blinken"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'treasury', 'justice', 'health', 'interior', 'commerce',
  'labor', 'labour', 'agriculture', 'energy', 'education', 'transportation', 'transport', 'homeland', 'security',
  'finance', 'economy', 'trade', 'industry', 'war', 'veterans', 'housing', 'environment', 'culture',
  'information', 'communications', 'ict', 'tourism', 'immigration', 'home', 'public', 'works', 'the', 'and', 'human',
  'services', 'development', 'urban', 'national', 'internal', 'external', 'international', 'planning', 'infrastructure',
  'municipal', 'administration', 'local', 'government', 'rural', 'water', 'resources', 'fuel', 'power', 'mines',
  'mining', 'petroleum', 'oil', 'gas', 'fisheries', 'hunting', 'schools', 'hospitals', 'prisons', 'parks', 'ports', 'forestry', 'forests', 'railways', 'aviation', 'shipping',
  'highways', 'roads', 'telecommunications', 'digital', 'science', 'technology', 'research', 'climate', 'sport',
  'sports', 'youth', 'women', 'children', 'family', 'welfare', 'social', 'employment', 'revenue', 'investment',
  'enterprise', 'commerce', 'industries', 'food', 'marine', 'consumer', 'protection', 'heritage', 'museums', 'arts', 'media',
  'communities', 'financial', 'business', 'budget', 'cooperation', 'relations', 'emergency', 'emergencies', 'care',
  'manpower', 'levelling', 'skills', 'equality', 'equalities', 'constitutional', 'legal', 'wildlife', 'lands',
  'relief', 'livestock', 'disaster', 'management', 'rehabilitation', 'reconstruction', 'cooperatives', 'irrigation',
  'husbandry', 'dairy', 'gender', 'sanitation', 'minerals', 'mineral', 'textiles', 'statistics', 'veterans',
  'parliamentary', 'legislative', 'minority', 'tribal', 'ports', 'waterways', 'coal', 'fertilisers', 'fertilizers', 'renewable',
  'safety', 'building', 'buildings', 'parks', 'recreation', 'corrections', 'licensing', 'antiquities', 'fish', 'game',
  'innovation', 'tertiary', 'regional', 'regions', 'universities', 'competition', 'sustainability', 'citizenship',
  'integration', 'migration', 'mobility', 'change',
  // ("Utility and Telecommunication Minister X", "Posts and Telecommunications Minister")
  'utility', 'utilities', 'telecommunication', 'communication', 'posts', 'prisons', 'policing', 'borders', 'wellbeing',
  // ("Minister of Natural Resources and Environment", "Industrial Development, SMEs and Cooperatives")
  'natural', 'industrial', 'smes', 'entrepreneurship', 'vocational', 'training', 'blue', 'light', 'heavy', 'crime',
  // ("Minister of Fisheries and Ocean Policy X", "Fisheries and Oceans Canada")
  'ocean', 'oceans', 'policy',
  // ("Minister for Aged Care and Seniors X", "Minister for Disability and Carers")
  'aged', 'seniors', 'elderly', 'ageing', 'aging', 'disability', 'disabilities', 'carers', 'families',
]);

/** Nouns that make an appositive describe a person ("a member of…", "a representative of…"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS, 'man', 'woman', 'activist', 'advocate', 'lawyer', 'resident', 'villager',
  // (and those of a faith's gatherings: "Pilgrim Suresh Babu, 58, said")
  'pilgrim', 'worshipper', 'parishioner', 'congregant', 'devotee',
  // (a race's candidates: "Challenger Kiara Delgado-Stroud said", "Incumbent Priya Venkataraman")
  'challenger', 'incumbent', 'contender', 'father', 'mother', 'son', 'daughter',
  'survivor', 'veteran', 'expert', 'professor', 'student', 'teacher', 'doctor', 'nurse', 'soldier', 'citizen',
  'businessman', 'businesswoman', 'entrepreneur', 'investor', 'politician', 'writer', 'historian', 'singer',
  'actor', 'actress', 'player', 'fellow', 'partner', 'owner', 'employee', 'worker', 'farmer', 'priest', 'cleric',
  'militant', 'commentator', 'broadcaster', 'blogger', 'witness', 'victim', 'relative', 'brother', 'sister',
  'husband', 'wife', 'friend', 'colleague', 'ally', 'critic', 'supporter', 'opponent', 'founder', 'professor',
  'miner', 'driver', 'pilot', 'firefighter', 'carpenter', 'engineer', 'accountant', 'banker', 'pharmacist',
  'dentist', 'psychologist', 'sociologist', 'chemist', 'physicist', 'biologist', 'ecologist', 'geologist',
  'archaeologist', 'anthropologist', 'novelist', 'poet', 'artist', 'musician', 'photographer', 'filmmaker',
  'chef', 'waiter', 'waitress', 'cashier', 'clerk', 'janitor', 'plumber', 'electrician', 'mechanic',
  'fisherman', 'shopkeeper', 'vendor', 'hawker', 'stallholder', 'broker', 'landlord', 'tenant', 'homeowner', 'mayor', 'pastor', 'nun', 'monk',
  'parent', 'democrat', 'republican', 'grandmother', 'grandfather', 'mom', 'dad', 'neighbor', 'neighbour', 'retiree', 'pensioner',
  'author', 'coauthor', 'researcher', 'scientist', 'analyst', 'economist', 'strategist', 'epidemiologist', 'virologist',
  'physician', 'surgeon', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'economist',
  'catcher', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'quarterback', 'linebacker', 'batter', 'bowler', 'batsman',
  'substitute', 'rookie', 'teammate', 'skipper', 'opener', 'wicketkeeper', 'receiver', 'centre-back', 'full-back', 'fly-half', 'scrum-half',
  'organiser', 'organizer', 'convener', 'campaigner', 'volunteer', 'agent', 'lawyer', 'attorney', 'counsel', 'trustee',
  'promoter', 'trainer', 'manager', 'boss', 'captain', 'referee', 'umpire', 'jockey', 'boxer', 'cyclist', 'golfer', 'swimmer',
  'sprinter', 'fullback', 'flanker', 'playmaker', 'cricketer', 'footballer', 'athlete', 'racer', 'rower', 'marathoner',
  // (positions of rugby league, Australian rules and cricket: "Five-eighth Jayden Ruse")
  'halfback', 'five-eighth', 'hooker', 'second-rower', 'back-rower', 'dummy-half', 'full-forward', 'half-forward', 'ruckman',
  'spinner', 'paceman', 'seamer', 'all-rounder', 'keeper',
  // the arts' trades, capitalised before a name as titles are ("Composer Aarni Lehtovaara")
  'composer', 'conductor', 'pianist', 'violinist', 'cellist', 'guitarist', 'organist', 'songwriter', 'lyricist',
  'playwright', 'screenwriter', 'painter', 'sculptor', 'choreographer', 'dancer', 'comedian', 'producer',
  'cameraman', 'camerawoman', 'photojournalist', 'puppeteer', 'animator', 'bandleader', 'drummer', 'saxophonist', 'trumpeter',
  'soprano', 'mezzo-soprano', 'contralto', 'tenor', 'baritone', 'bass-baritone',
  // professions and trades before a name ("the architect Arben Qirjazi", "paediatrician X")
  'architect', 'designer', 'veterinarian', 'midwife', 'paramedic', 'librarian', 'curator', 'archivist', 'translator',
  'interpreter', 'hairdresser', 'florist', 'jeweller', 'jeweler', 'optician', 'surveyor', 'auctioneer', 'landscaper',
  'nanny', 'caregiver', 'carer', 'hydrologist', 'agronomist', 'geographer', 'statistician', 'demographer', 'astronomer',
  'climatologist', 'oceanographer', 'zoologist', 'botanist', 'entomologist', 'ornithologist', 'nutritionist', 'dietitian',
  'physiotherapist', 'therapist', 'counsellor', 'counselor', 'psychiatrist', 'radiologist', 'oncologist', 'cardiologist',
  'neurologist', 'paediatrician', 'pediatrician', 'dermatologist', 'anaesthetist', 'anesthesiologist', 'gynaecologist',
  'obstetrician', 'optometrist', 'lecturer', 'tutor', 'headteacher', 'publican', 'landlady', 'innkeeper', 'hotelier',
  'restaurateur', 'winemaker', 'distiller', 'grazier', 'rancher', 'herder', 'herdsman', 'shepherd', 'driller', 'beekeeper', 'trawlerman', 'boatbuilder', 'shipowner',
  'trucker', 'postman', 'welder', 'lifeguard', 'cleaner', 'porter', 'caretaker', 'contractor', 'cofounder',
  // (an Olympian, a Māori elder: "Olympian Gary Kinsella", "Kaumātua Wiremu Tāwhai")
  'olympian', 'paralympian', 'kaumātua', 'kaumatua', 'kuia',
  // (a club's DJ, a rescue helicopter's winchman: "DJ Paulette Ndiaye", "Winchman Eoin Mac Giolla Bhríde")
  'dj', 'winchman', 'winchwoman',
  // (a school's head and hands at a factory or on a lifeboat: "Headmaster X", "Packer Tran Nguyen", "Helm Jenna Couch")
  'headmaster', 'headmistress', 'packer', 'machinist', 'helm', 'deckhand', 'crewman',
  // people by what they are doing ("Passenger Elena Miteva, 67, who travels …", "Commuter X")
  'passenger', 'commuter', 'motorist', 'shopper', 'pedestrian', 'holidaymaker', 'tourist', 'patient', 'spectator',
  // an age or a side of play ("Teenager Callum Marsden", "Right-hander Yoandri Cárdenas")
  'teenager', 'youngster', 'right-hander', 'left-hander',
  // (building trades: "Stonemason Aroha Tipene, 29, said", "Builder X", "Bricklayer X")
  'stonemason', 'mason', 'builder', 'bricklayer', 'roofer', 'plasterer', 'glazier', 'joiner', 'tiler', 'scaffolder', 'labourer', 'laborer', 'blacksmith',
]);

/** Degrees and honours written after a name and a comma ("Jane Roe, MD, MPH, said"), as written. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'MD', 'PhD', 'MPH', 'DrPH', 'RN', 'BSN', 'MSN', 'DNP', 'APRN', 'NP', 'DVM', 'DDS', 'DMD', 'PharmD', 'MBA', 'MSc', 'MBBS', 'MSW', 'LCSW',
  'EdD', 'PsyD', 'JD', 'LLM', 'CPA', 'FACC', 'FACS', 'FACP', 'FAAP', 'FRCP', 'FRCS', 'FRCPC', 'OBE', 'MBE', 'CBE', 'KC', 'QC', 'SC', 'SAN',
  // a judge's letters in Commonwealth law reports ("Ashworth-Kemp J", "Mehra, J.", "Lord Smith LJ", "Kirby CJ")
  'J', 'LJ', 'CJ', 'JA',
  // accountants' and tax advisers' letters ("Martin Oyelaran CTA, the tax partner who …, says")
  'CTA', 'ACCA', 'FCCA', 'CFA',
]);
