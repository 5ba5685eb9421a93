// Medical combining forms and endings, shared by the dictionary build (scripts/build-dictionary.mjs)
// and the SCOWL extract (scripts/extract-scowl-medical.mjs). A word of seven letters or more built
// from them ("neurodegenerative", "cholangiocarcinoma") is taken as a medical term: it is ranked
// with the medical terms among suggestions; other rare words are only accepted as spelled.

/** Medical combining forms a word may start with. */
const PREFIX =
  /^(?:acro|adeno|adipo|angio|arthr|bronch|carcin|cardi|cerebr|chol|chondr|cortic|crani|cyst|cyto|derm|encephal|endo|enter|erythr|extra|fibr|infra|gastr|gluc|glyc|hemat|haemat|hemo|haemo|hepat|histo|hyster|immun|intra|lact|laryng|leuk|leuc|lipo|lymph|macro|mamm|melan|mening|metabol|micro|myel|myo|necr|nephr|neur|oste|oto|ovar|pancrea|peri|patho|pharmac|phaeo|pheo|phleb|pneum|pulmon|psych|retro|rhin|sarc|sclero|supra|thromb|thyr|toxi|trache|uro|vaso|ven)/u;

/** Medical endings. */
const SUFFIX =
  /(?:aemia|emia|algia|cyte|cytes|cytic|cytosis|ectomy|ectomies|genic|genesis|iasis|itis|ogist|ogists|ology|ological|oma|omas|omata|opathy|opathies|opathic|osis|oses|otic|otomy|ostomy|penia|plasia|plastic|plasty|plegia|rrhea|rrhoea|sclerosis|scopy|trophy|trophic|uria)$/u;

/** True when a lower-case word is seven letters or more and starts or ends with a medical word part. */
export function looksMedical(word) {
  return /^\p{Ll}{7,}$/u.test(word) && (PREFIX.test(word) || SUFFIX.test(word));
}
