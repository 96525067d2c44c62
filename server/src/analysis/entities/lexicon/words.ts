// Closed-class English words and name-shape vocabulary used by the name chunker and the
// attribution patterns: function words, auxiliaries, adverbs, organisation markers, months.

/** Capitalised function words that are never (the start of) a name: "The", "However", "According". */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us_', 'me', 'however', 'but', 'and', 'or', 'nor', 'as',
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'after', 'before', 'while', 'when', 'whenever',
  'although', 'though', 'if', 'since', 'because', 'according', 'meanwhile', 'also', 'still', 'yet', 'so', 'then',
  'there', 'here', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next',
  'despite', 'during', 'under', 'over', 'among', 'between', 'without', 'within', 'following', 'amid', 'why',
  'what', 'who', 'whom', 'whose', 'how', 'where', 'which', 'some', 'many', 'most', 'several', 'no', 'not', 'both',
  'each', 'every', 'neither', 'either', 'another', 'other', 'others', 'such', 'even', 'just', 'only', 'instead', 'indeed', 'thus', 'therefore',
  'moreover', 'furthermore', 'additionally', 'nevertheless', 'nonetheless', 'otherwise', 'once', 'until',
  'unless', 'whether', 'about', 'above', 'across', 'against', 'along', 'around', 'behind', 'below', 'beside',
  'beyond', 'into', 'onto', 'through', 'throughout', 'toward', 'towards', 'upon', 'via', 'per', 'any',
  'alongside', 'beneath', 'underneath', 'amongst',
  'more', 'less', 'few', 'much', 'finally', 'overall', 'already', 'perhaps', 'maybe', 'please', 'yes', 'again', 'too', 'very', 'almost', 'nearly', 'rather', 'quite', 'unlike', 'including', 'regarding',
  'concerning', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'everyone',
  'nobody', 'someone', 'anyone', 'something', 'nothing', 'everything',
]);

export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'did', 'does',
  'do', 'is', 'was', 'were', 'are', 'been', 'be', 'being', 'not', "n't", 'never', "hasn't", "haven't", "hadn't",
  "didn't", "doesn't", "won't", "wouldn't", "couldn't", "isn't", "wasn't", "has’nt", 'reportedly', 'allegedly',
]);

/** Adverbs commonly between a subject and its verb ("further noted", "had previously insisted"). */
export const ADVERBS: ReadonlySet<string> = new Set([
  'also', 'further', 'then', 'later', 'again', 'still', 'already', 'both', 'all', 'each', 'jointly', 'indeed',
  'once', 'never', 'often', 'now', 'just', 'even', 'too', 'earlier', 'first', 'since', 'soon', 'long', 'thus',
  'however', 'meanwhile', 'too', 'always', 'ever', 'yet', 'separately', 'together', 'together,', 'herself',
  'himself', 'itself', 'themselves', 'last', 'once', 'once again', 'in', 'turn',
]);

/** Words that mark an organisation name ("Al Qahera News TV", "Israel Defense Forces"). */
/**
 * The head words of bodies named in Spanish, Portuguese, French, Italian or German, which come
 * first: "Universidad Austral de Chile", "Banco Central de Costa Rica", "Instituto Butantan",
 * "Université Laval", "Sindicato Unificado de Trabajadores"
 */
export const FOREIGN_ORG_HEADS: ReadonlySet<string> = new Set([
  'universidad', 'universidade', 'université', 'università', 'universität', 'instituto', 'institut', 'istituto',
  'fundación', 'fundação', 'fondation', 'fondazione', 'stiftung', 'ministerio', 'ministério', 'ministère', 'ministero',
  'banco', 'banque', 'consejo', 'conselho', 'conseil', 'consiglio', 'asociación', 'associação', 'sociedad', 'sociedade',
  'société', 'comisión', 'comissão', 'agencia', 'agência', 'agence', 'servicio', 'serviço', 'secretaría', 'corporación',
  'federación', 'federação', 'fédération', 'confederación', 'confédération', 'sindicato', 'partido', 'cámara', 'câmara',
]);
export const ORG_MARKERS: ReadonlySet<string> = new Set([
  ...FOREIGN_ORG_HEADS,
  'news', 'tv', 'times', 'post', 'journal', 'department', 'ministry', 'forces', 'army', 'party', 'council',
  'agency', 'office', 'bureau', 'group', 'inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'llc', 'plc',
  'association', 'associations', 'assn.', 'assn', 'dept.', 'union', 'committee', 'brigades', 'brigade', 'jihad', 'movement', 'authority', 'organization',
  'organisation', 'institute', 'university', 'college', 'school', 'foundation', 'fund', 'bank', 'company',
  'corporation', 'network', 'radio', 'press', 'media', 'broadcasting', 'channel', 'herald', 'tribune', 'guardian',
  'telegraph', 'gazette', 'chronicle', 'observer', 'independent', 'economist', 'reuters', 'associated',
  'commission', 'parliament', 'congress', 'senate', 'assembly', 'court', 'government', 'administration',
  'service', 'services', 'police', 'guard', 'corps', 'navy', 'command', 'coalition', 'alliance', 'federation',
  'league', 'front', 'center', 'centre', 'centers', 'centres', 'institutes', 'house', 'hospital', 'airlines', 'airways', 'group', 'holdings',
  'partners', 'systems', 'system', 'technologies', 'international', 'foundation', 'society', 'club', 'church', 'board',
  'cabinet', 'mission', 'embassy', 'consulate', 'directorate', 'inspectorate', 'secretariat', 'kremlin', 'pentagon',
  'wing', 'unit', 'division', 'battalion', 'regiment', 'squad', 'watch', 'initiative', 'project', 'trust',
  'panel', 'tribunal', 'institution', 'ministry', 'treasury', 'exchequer', 'kremlin', 'palace', 'hall', 'assembly',
  'confederation', 'museum', 'gallery', 'library', 'zoo', 'orchestra', 'opera', 'theatre', 'theater', 'airport', 'academy', 'archive', 'archives', 'exchange', 'reserve', 'daily', 'weekly', 'programme', 'program', 'magazine', 'review', 'wire', 'online', 'digital', 'staff', 'desk', 'study', 'studies',
  'forum', 'companies', 'community', 'consortium', 'cooperative', 'co-operative', 'chamber', 'caucus', 'collective',
  'laboratory', 'laboratories', 'lab', 'clinic', 'observatory', 'force', 'guild', 'bloc', 'taskforce', 'regulator', 'operator', 'cross', 'crescent',
  // (agencies named for what they do: "Customs and Border Protection", "Immigration and Customs Enforcement")
  'protection', 'enforcement',
  // (bodies named in Spanish, Portuguese, French, Italian or German, FOREIGN_ORG_HEADS below)
  // (and patrols: "California Highway Patrol", "Border Patrol"; and power utilities: "Manitoba Hydro", "NL Hydro")
  'patrol', 'hydro',
  // (and stations of a service: "Anglesea Street Garda Station", "Halley Research Station")
  'station',
  // (and geological and mapping services: "British Geological Survey", "Ordnance Survey")
  'survey',
  // (and endowed bodies: "the National Endowment for the Arts", "the Nature Conservancy")
  'endowment', 'conservancy',
  // (and bishops' and leagues' conferences: "the Australian Catholic Bishops Conference said")
  'conference',
  // (and campaigning bodies: "the Campaign for Real Ale (CAMRA)")
  'campaign',
  // (and bodies that run many of one kind: "NOLA Public Schools", "Leeds Teaching Hospitals")
  'schools', 'colleges', 'universities', 'hospitals', 'libraries', 'museums',
]);

/** Publication heads that keep their article ("The Times of Israel", "The Washington Post"). */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'journal', 'guardian', 'telegraph', 'independent', 'economist', 'herald', 'tribune', 'globe',
  'observer', 'atlantic', 'hill', 'star', 'sun', 'mirror', 'chronicle', 'gazette', 'news', 'daily', 'record',
  'mail', 'express', 'standard', 'nation', 'hindu', 'australian', 'spectator', 'intercept', 'forward',
]);

/** Generic org-type words whose removal leaves the same entity ("Hamas Movement" = "Hamas"). */
export const GENERIC_ORG_SUFFIX: ReadonlySet<string> = new Set(['movement', 'group', 'organization', 'organisation', 'staff', 'team', 'desk', 'newsroom', 'editors']);

/** Nouns after a name that show the name is a group used as a modifier ("Hamas officials", "Hamas terrorists"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'terrorists', 'terrorist', 'militants', 'militant', 'fighters', 'members', 'member',
  'operatives', 'troops', 'soldiers', 'authorities', 'delegation', 'delegates', 'negotiators', 'movement',
  'group', 'gunmen', 'citizens', 'nationals', 'hostages', 'forces', 'government', 'spokesman', 'spokesperson',
  'spokeswoman', 'leader', 'leaders', 'leadership', 'chief', 'commander', 'commanders', 'ministry', 'military',
  'army', 'police', 'embassy', 'diplomats', 'envoy', 'statement', 'terror', 'regime', 'state', 'territory',
  'border', 'army', 'team', 'side', 'officer', 'officers', 'agents', 'staff', 'employees', 'workers', 'people',
  'residents', 'allies', 'partners', 'proxies', 'proxy', 'war', 'attack', 'attacks', 'rockets', 'strikes',
  'policymakers', 'policymaker', 'lawmakers', 'lawmaker', 'sources', 'executives', 'analysts', 'economists',
  'researchers', 'scientists', 'negotiator', 'aides', 'aide',
]);

/** Nouns after a name that are typical of a person's possessions ("the Trump administration"). */
export const PERSON_HEAD_NOUNS: ReadonlySet<string> = new Set(['administration', 'campaign', 'presidency', 'family', 'wife', 'husband', 'aides']);

export const MONTHS_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.',
  'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'passover', 'hanukkah',
]);

/** Lowercase particles inside names ("Izz ad-Din al-Qassam", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'binti', 'bte', 'abu', 'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'do',
  'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'y', 'ad', 'ud', 'ul',
  // (Swedish and Finnish nobility: "Johanna af Sillén"; Catalan surnames joined by "i": "Jordi Ferrer i Casals")
  'af', 'i',
  // (Filipino: "Bangko Sentral ng Pilipinas"; Scottish Gaelic: "Comhairle nan Eilean Siar")
  'ng', 'nan',
]);

/** Pronouns that can stand for a named speaker in a statement. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Words after which a clause is reported content ("said that X…", "how X behaved"). */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'how', 'why', 'whether', 'if', 'what']);

/** Prepositions: a name right after one is not the subject of a clause. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'of', 'after', 'before', 'during', 'under', 'over',
  'among', 'between', 'without', 'within', 'against', 'into', 'onto', 'through', 'toward', 'towards', 'upon',
  'via', 'about', 'across', 'around', 'behind', 'beyond', 'near', 'including', 'like', 'unlike', 'than',
  'alongside', 'beneath', 'underneath', 'amongst',
]);

/** Common given names: a multi-word name starting with one is a person. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  // (names common among the young, none of them a word, a place or a firm)
  'sienna', 'freya', 'evie', 'phoebe', 'esme', 'matilda', 'maisie', 'elsie', 'mila', 'theo', 'arlo', 'archie', 'alfie',
  'reuben', 'toby', 'ollie', 'louie', 'frankie', 'reggie',
  'john', 'james', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'joe', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'antony', 'mark', 'donald', 'steven', 'steve', 'paul', 'andrew',
  'joshua', 'kenneth', 'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan',
  'jacob', 'gary', 'nicholas', 'nicolas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon',
  'benjamin', 'samuel', 'gregory', 'alexander', 'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler',
  'aaron', 'jose', 'adam', 'nathan', 'henry', 'peter', 'zachary', 'douglas', 'harold', 'kyle', 'carl', 'arthur',
  'gerald', 'roger', 'keith', 'jeremy', 'terry', 'lawrence', 'sean', 'christian', 'albert', 'joe', 'ethan',
  'austin', 'jesse', 'willie', 'billy', 'bruce', 'bryan', 'ralph', 'roy', 'jordan', 'eugene', 'wayne', 'alan',
  'juan', 'louis', 'russell', 'gabriel', 'randy', 'philip', 'harry', 'vincent', 'bobby', 'johnny', 'logan',
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy',
  'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine', 'christine',
  'debra', 'rachel', 'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia', 'julie',
  'joyce', 'victoria', 'olivia', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl',
  'andrea', 'hannah', 'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'teresa', 'kathryn', 'sara', 'janice',
  'jean', 'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace', 'denise', 'amber', 'marilyn',
  'beverly', 'danielle', 'theresa', 'sophia', 'sofia', 'marie', 'diana', 'brittany', 'natalie', 'isabella', 'charlotte',
  'rose', 'alexis', 'kayla', 'hillary', 'kamala', 'nikki', 'ursula', 'angela', 'emmanuel', 'vladimir', 'xi',
  'boris', 'olaf', 'recep', 'narendra', 'justin', 'giorgia', 'volodymyr', 'sergei', 'sergey',
  'dmitry', 'alexei', 'ali', 'mohammed', 'muhammad', 'mohammad', 'mohamed', 'ahmed', 'ahmad', 'mahmoud', 'hassan',
  'hussein', 'ibrahim', 'ismail', 'omar', 'khalid', 'khaled', 'abdullah', 'abdel', 'abdul', 'yousef', 'yusuf',
  'youssef', 'mustafa', 'sami', 'osama', 'saleh', 'salah', 'hamid', 'tariq', 'nasser', 'fatima',
  'aisha', 'layla', 'benjamin', 'yair', 'isaac', 'naftali', 'yoav', 'avi', 'moshe', 'yosef', 'itamar', 'bezalel',
  'gideon', 'ron', 'eli', 'ehud', 'shimon', 'ariel', 'yitzhak', 'daniel', 'ehud', 'antonio', 'carlos',
  'luis', 'miguel', 'pedro', 'jorge', 'francisco', 'manuel', 'javier', 'fernando', 'luiz', 'andres', 'pierre',
  'jean-pierre', 'francois', 'jacques', 'marine', 'hans', 'friedrich', 'wolfgang', 'angela', 'annalena', 'pope',
  'shinzo', 'fumio', 'yoon', 'moon', 'kim', 'lee', 'wang', 'li', 'zhang', 'liu', 'chen', 'narges', 'hamza',
  'jake', 'tony', 'mike', 'bill', 'bob', 'jim', 'tom', 'dan', 'ben', 'sam', 'chris', 'nick', 'matt', 'pete',
  'rex', 'lloyd', 'marco', 'jd', 'j.d.', 'rudy', 'ted', 'rand', 'lindsey', 'mitch', 'chuck', 'elon', 'jeff',
  'tim', 'sundar', 'satya', 'alec', 'alexandria', 'bernie', 'elizabeth', 'liz', 'kristi', 'tulsi', 'pam',
  'karine', 'kirby', 'jen', 'ned', 'vedant', 'linda', 'hakeem', 'nancy', 'kevin', 'gavin', 'ron', 'greg',
  // (common Spanish and Portuguese given names: the second of two tells a name with two surnames,
  // "Jairo Alberto Mesa Cárdenas", whose short form is "Mesa")
  'alberto', 'alejandro', 'alfonso', 'alfredo', 'álvaro', 'alvaro', 'andrés', 'ángel', 'armando', 'arturo', 'césar',
  'cesar', 'diego', 'eduardo', 'enrique', 'ernesto', 'esteban', 'felipe', 'fernanda', 'gerardo', 'gonzalo',
  'guillermo', 'gustavo', 'héctor', 'hector', 'hugo', 'ignacio', 'jaime', 'jairo', 'joaquín', 'joaquin', 'josé',
  'julio', 'leonardo', 'lorenzo', 'lucía', 'lucia', 'marcelo', 'mario', 'martín', 'mauricio', 'nicolás', 'óscar',
  'pablo', 'rafael', 'ramón', 'ramon', 'raúl', 'raul', 'ricardo', 'roberto', 'rodrigo', 'sergio', 'tomás', 'tomas',
  'valeria', 'camila', 'daniela', 'gabriela', 'alejandra', 'carolina', 'claudia', 'elena', 'guadalupe', 'isabel',
  'juana', 'lourdes', 'marisol', 'mercedes', 'paola', 'rosario', 'ximena', 'joão', 'joao', 'antônio', 'paulo',
  'marcos', 'eusebio', 'adriana', 'beatriz', 'silvia', 'verónica', 'veronica', 'yolanda',
  // (more of the commonest given names in English-language news, British, Irish and international)
  'jane', 'kieran', 'liam', 'noah', 'oliver', 'elijah', 'lucas', 'caleb', 'luke', 'connor', 'jayden', 'dylan',
  'evan', 'aiden', 'wyatt', 'julian', 'levi', 'grayson', 'mateo', 'leo', 'ezra', 'adrian', 'nolan', 'jaxon', 'asher',
  'jace', 'ian', 'dominic', 'xavier', 'josiah', 'ayden', 'brayden', 'tristan', 'hayden', 'alex', 'bryce', 'declan',
  'oscar', 'shane', 'derek', 'nigel', 'alistair', 'alasdair', 'callum', 'fraser', 'hamish', 'rory', 'ewan', 'niall',
  'ciaran', 'cillian', 'conor', 'darragh', 'eoin', 'fionn', 'oisin', 'padraig', 'seamus', 'siobhan', 'aoife',
  'niamh', 'saoirse', 'sinead', 'orla', 'roisin', 'grainne', 'caoimhe', 'clodagh', 'deirdre', 'eileen', 'maeve',
  'aisling', 'brid', 'ava', 'mia', 'amelia', 'ella', 'chloe', 'penelope', 'zoey', 'nora', 'lily', 'eleanor',
  'audrey', 'bella', 'claire', 'lucy', 'caroline', 'emilia', 'maya', 'naomi', 'aaliyah', 'ariana', 'allison',
  'gabriella', 'cora', 'eva', 'adeline', 'hailey', 'gianna', 'valentina', 'isla', 'eliana', 'lydia', 'alexa',
  'josephine', 'arianna', 'vivian', 'kaylee', 'sophie', 'brielle', 'madeline', 'rylee', 'clara', 'melanie',
  'mackenzie', 'adalynn', 'liliana', 'aubrey', 'isabelle', 'natalia', 'raelynn', 'kylie', 'alexandra', 'lyla',
  'amaya', 'eliza', 'brianna', 'khloe', 'jasmine', 'norah', 'annabelle', 'fiona', 'gemma', 'kirsty', 'kirsten',
  'lindsay', 'lesley', 'morag', 'moira', 'shona', 'ailsa', 'mhairi', 'catriona', 'eilidh', 'iona', 'kate', 'katie',
  'kathy', 'katy', 'sally', 'tracy', 'tracey', 'wendy', 'yvonne', 'zoe', 'zoë', 'gillian', 'hilary', 'jenny',
  'jennie', 'rosie', 'ellie', 'millie', 'harriet', 'beatrice', 'imogen', 'jemima', 'tamsin', 'tabitha', 'philippa',
  'pippa', 'georgina', 'francesca', 'felicity', 'arabella', 'rob', 'teddy', 'willy', 'ricky', 'doug',
  'mickey', 'stan', 'barry', 'colin', 'ivan', 'malcolm', 'mervyn', 'neville', 'reginald', 'karim', 'amir', 'samir',
  'walid', 'faisal', 'amina', 'khadija', 'leila', 'mariam', 'maryam', 'nour', 'noor', 'zainab', 'yasmin', 'raj',
  'rahul', 'amit', 'anil', 'arjun', 'ashok', 'deepak', 'ganesh', 'krishna', 'manoj', 'pradeep', 'rajesh', 'ravi',
  'sanjay', 'sunil', 'suresh', 'vijay', 'vikram', 'priya', 'anjali', 'deepika', 'divya', 'kavita', 'neha', 'pooja',
  'sunita', 'anita', 'asha', 'geeta', 'lakshmi', 'meena', 'rekha', 'hiroshi', 'takashi', 'kenji', 'haruto', 'yuto',
  'sota', 'michel', 'philippe', 'alain', 'françois', 'nathalie', 'sylvie', 'chloé', 'juliette', 'amélie', 'klaus',
  'jürgen', 'jurgen', 'dieter', 'uwe', 'stefan', 'andreas', 'markus', 'matthias', 'sebastian', 'tobias', 'lukas',
  'felix', 'maximilian', 'monika', 'petra', 'sabine', 'katrin', 'giuseppe', 'giovanni', 'francesco', 'luca',
  'matteo', 'alessandro', 'paolo', 'giulia', 'chiara', 'alessia', 'carmen', 'pilar', 'rosa', 'paula', 'dmitri',
  'andrei', 'mikhail', 'nikolai', 'olga', 'tatiana', 'irina', 'svetlana', 'anastasia', 'ekaterina', 'piotr', 'pawel',
  'paweł', 'tomasz', 'krzysztof', 'marek', 'katarzyna', 'agnieszka', 'magdalena', 'lars', 'erik', 'anders', 'johan',
  'nils', 'sven', 'bjorn', 'björn', 'ingrid', 'astrid', 'sigrid', 'kwame', 'kofi', 'kojo', 'yaw', 'ama', 'akosua',
  'chinedu', 'emeka', 'chukwu', 'ngozi', 'chioma', 'oluwaseun', 'tunde', 'adebayo', 'fatou', 'moussa', 'mamadou',
  'amadou', 'ibrahima', 'aminata', 'tommy', 'danny', 'dave', 'jimmy', 'jon', 'joey', 'andy', 'fred', 'simon',
  'trevor', 'olivier', 'phil', 'ken', 'lena', 'camille', 'claude',
]);

/** Plural common nouns that start sentences as unnamed sources ("Analysts said", "Officials say"). */
export const PLURAL_SOURCES: ReadonlySet<string> = new Set([
  'analysts', 'officials', 'critics', 'experts', 'residents', 'witnesses', 'researchers', 'economists', 'investors',
  'observers', 'diplomats', 'sources', 'authorities', 'lawmakers', 'scientists', 'doctors', 'protesters', 'activists',
  'prosecutors', 'officers', 'investigators', 'organizers', 'organisers', 'supporters', 'opponents', 'traders',
  'negotiators', 'mediators', 'campaigners', 'locals', 'parents', 'teachers', 'workers', 'employees', 'police',
  'rescuers', 'survivors', 'families', 'relatives', 'voters', 'members', 'leaders', 'ministers', 'commentators',
  'forecasters', 'meteorologists', 'regulators', 'lenders', 'creditors', 'shareholders', 'bondholders', 'executives',
  'bankers', 'farmers', 'growers', 'miners', 'nurses', 'physicians', 'pilots', 'drivers', 'commuters', 'passengers',
  'tenants', 'landlords', 'homeowners', 'retailers', 'exporters', 'importers', 'producers', 'consumers', 'shoppers',
  'students', 'fans', 'players', 'coaches', 'lawyers', 'attorneys', 'senators', 'legislators', 'councillors',
  'councilors', 'delegates', 'inspectors', 'auditors', 'engineers', 'epidemiologists', 'strategists', 'brokers',
  'dealers', 'unions', 'academics', 'historians', 'villagers', 'neighbours', 'neighbors', 'owners', 'staff',
  'allies', 'rebels', 'troops', 'soldiers', 'militants', 'insurgents', 'jurors', 'rivals', 'medics', 'paramedics', 'firefighters', 'journalists', 'reporters',
  // (those who knew someone, in obituaries: "Colleagues recalled that …", "Friends said")
  'colleagues', 'friends', 'mourners', 'admirers', 'classmates', 'teammates',
  // (the bench, in court copy: "Magistrates confirmed the order and told the owner …", "Judges said")
  'magistrates', 'judges', 'justices', 'coroners', 'trustees', 'directors', 'governors', 'commissioners',
  // (and more of those who speak as a group: "Advocates welcomed the cap but said …")
  'advocates', 'petitioners', 'plaintiffs', 'applicants', 'respondents', 'victims', 'patients', 'clinicians', 'dentists', 'pharmacists', 'midwives', 'carers', 'caregivers', 'educators', 'principals', 'headteachers', 'landowners', 'conservationists', 'environmentalists', 'scholars', 'professors', 'volunteers', 'trainers', 'jockeys', 'athletes', 'bidders',
]);

/** plural nouns of trades whose members a union or an association is named for */
export const MEMBER_PLURALS: ReadonlySet<string> = new Set(['workers', 'farmers', 'teachers', 'nurses', 'growers', 'producers', 'employees', 'doctors', 'physicians', 'pilots', 'engineers', 'miners', 'drivers', 'retailers', 'manufacturers', 'exporters', 'importers', 'veterans', 'journalists', 'tenants', 'traders', 'merchants', 'builders', 'bankers', 'brewers', 'fishermen', 'mineworkers', 'steelworkers', 'teamsters', 'firefighters', 'officers', 'professors', 'lawyers', 'students', 'dockworkers', 'machinists', 'electricians']);

/** last words of a company's name, whose first word is then the company's own ("Northgate Semiconductor Corp.") */
export const COMPANY_ENDS: ReadonlySet<string> = new Set(['corp', 'corporation', 'company', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'co', 'holdings', 'ag', 'sa', 'nv', 'gmbh', 'energy', 'technologies', 'technology', 'systems', 'pharmaceuticals', 'semiconductor', 'semiconductors', 'motors', 'industries', 'therapeutics', 'biosciences', 'labs', 'brands', 'foods', 'pictures', 'studios', 'films', 'entertainment', 'railway', 'railroad', 'airlines', 'airways', 'logistics', 'capital', 'ventures', 'partners', 'robotics', 'software', 'networks', 'solutions', 'enterprises', 'resources', 'mining', 'minerals', 'petroleum', 'chemicals', 'insurance', 'bancorp', 'group',
  'electric', 'electronics', 'power', 'motor', 'steel', 'chemical', 'pharma', 'telecom', 'automotive', 'aerospace', 'materials', 'batteries', 'dynamics', 'atomics',
  // (a bank by its first word: "Rheinfeld said" after "Rheinfeld Bank")
  'bank',
  // (brokers, advisers and Nordic energy firms: "Kvarven Securities", "Mehta Sood & Associates", "Nordvik Energi")
  'securities', 'associates', 'investments', 'advisors', 'advisers', 'analytics', 'consulting', 'energi', 'research',
  // (a firm's services, in the plural: "Northway said" after "Northway Aviation Services"; a public "Service" is no firm)
  'services',
  // (a body with branches abroad: "Amnesty" of "Amnesty International", "Abri" of "Abri Relief International")
  'international',
  // (studios and media firms: "Ridgeline" of "Ridgeline Interactive")
  'interactive', 'games', 'media', 'digital',
  // (shipowners and football clubs: "Kalliope" of "Kalliope Tankers", "Angel City" of "Angel City FC")
  'tankers', 'bulkers', 'carriers', 'maritime', 'fc', 'afc', 'hydro',
  // (the legal forms of other countries: Malaysia's "Bhd", Indonesia's "Tbk", Thailand's "PCL", "Pty", "JSC", "SpA", "BV", "Oyj", "ASA")
  'bhd', 'berhad', 'tbk', 'pcl', 'pty', 'jsc', 'spa', 'bv', 'oyj', 'asa']);

/** company words that are also surnames ("Senator Michelle Steel", "Judge Ann Power") */
export const SURNAME_ENDS: ReadonlySet<string> = new Set(['steel', 'power', 'capital', 'group', 'bank', 'partners', 'co', 'sa', 'ag', 'nv', 'ventures', 'brands', 'labs', 'resources']);

/** possessive pronouns ("for its part", "Her Honour") */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
