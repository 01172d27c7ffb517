# empathy.lex: what an agent says that shows empathy (detector `empathy`).
#
# Categories follow the communication mechanisms of empathy in the EPITOME framework (Sharma et al.,
# 2020) and contact-centre coaching practice:
#   emotional-reaction  warmth, compassion, concern ("that sounds really stressful", "I'm so sorry")
#   interpretation      understanding of the feelings or experience ("I understand how frustrating")
#   exploration         asking about the person's feelings or experience ("how are you holding up")
#   apology             a specific apology ("I'm sorry about the double charge"); tag `scripted` for
#                       formulaic ones ("sorry for any inconvenience"), which count half
#   reassurance         a promise of support ("you're in good hands", "we'll get this sorted")
# Negation cancels ("I don't understand" is not empathy); phrases carrying their own negator use
# negation=ignore. `inflect` adds verb forms (apologize, apologized, apologizing).
@lexicon empathy
@default negation=cancel speaker=agent

# -- emotional reactions
(that|this|it) (sounds|seems|must be|must have been|is|was) (so|really|very|incredibly|extremely|truly|pretty)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing) | emotional-reaction | 1
(that|this) (sucks|stinks)                   | emotional-reaction | 1
(i am|i'm) (so|really|very|truly|deeply|terribly)? sorry (to hear|you are|you're|you have|you've|that you|this happened|that happened|for your loss|about your) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly) sorry | emotional-reaction | 1
sorry (to hear|you are going through|you're going through|for what you|that you) | emotional-reaction | 1
(oh no|oh dear|oh man|how awful|how terrible|how frustrating|how stressful) | emotional-reaction | 1
i (feel|felt) (for|with) you                 | emotional-reaction | 1
i feel (you|your pain|the same)              | emotional-reaction | 1
my heart (goes out|breaks)                   | emotional-reaction | 1
(sending|sent) (you)? (hugs|love|good vibes|strength|positive thoughts) | emotional-reaction | 1
(hugs|virtual hug|big hug)                   | emotional-reaction | 1
i (hope|wish) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns) (better|well|out|okay|ok) | emotional-reaction | 1
i am (so|really|very)? (glad|happy|relieved) (you|to hear) | emotional-reaction | 1
(i am|i'm) (here|always here) for you        | emotional-reaction | 1
you are not alone                            | emotional-reaction | 1 | negation=ignore
you're not alone                             | emotional-reaction | 1 | negation=ignore
(that|this) (is|was) not (okay|ok|fair|right|acceptable) | emotional-reaction | 1 | negation=ignore
(nobody|no one) (should|deserves to) (have to)? (go through|deal with|feel) | emotional-reaction | 1 | negation=ignore
(i can|i could) (only)? imagine              | emotional-reaction | 1
i am (worried|concerned) (about|for) you     | emotional-reaction | 1
(take care of yourself|be kind to yourself|look after yourself) | emotional-reaction | 1
(what|that) a (nightmare|pain|hassle|shame)  | emotional-reaction | 1

# -- interpretations
i (completely|totally|really|fully|absolutely|definitely)? (understand|get|see|know|hear) (how|why|what|that|where you|your) | interpretation | 1
i (completely|totally|really|fully|absolutely|definitely)? understand | interpretation | 1
i (can|could) (definitely|totally|really|certainly)? (see|understand|tell|hear|imagine) (how|why|that|what|the) | interpretation | 1
i (hear|get) you                             | interpretation | 1
(that|it) (makes|made) (total|complete|perfect)? sense | interpretation | 1
(it|that) sounds like you                    | interpretation | 1
you (must|might|may) (be|have been|feel|have felt) (feeling)? (so|really|very|pretty|quite)? (frustrated|upset|stressed|worried|tired|exhausted|scared|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad) | interpretation | 1
(it is|it's|that is|that's) (completely|totally|perfectly)? (understandable|natural|normal|valid|fair) | interpretation | 1
(anyone|anybody|most people) would (be|feel) | interpretation | 1
i would (be|feel) (the same|upset|frustrated|angry|annoyed|worried|stressed) | interpretation | 1
(i have|i've) been (there|through)           | interpretation | 1
i (went|have gone|go) through (the same|something similar|this) | interpretation | 1
(i|i've|i have) (felt|had) (the same|similar|this|that) | interpretation | 1
you have every right to (be|feel)            | interpretation | 1
(your|those) feelings are (valid|understandable) | interpretation | 1
(i|we) (know|realize|realise|appreciate) how (frustrating|stressful|hard|difficult|annoying|inconvenient|important|upsetting) | interpretation | 1
(i|we) (appreciate|understand) (your|the) (frustration|concern|patience|situation) | interpretation | 1

# -- explorations
how (are|have) you (feeling|holding up|been|doing|coping) | exploration | 1
how (does|did|has) (that|this|it) (make you feel|made you feel|affect you|affected you|been for you) | exploration | 1
(what|how) (happened|did it happen)          | exploration | 1
(can|could|would) you tell me (more|what happened|a bit more|how) | exploration | 1
(do|would) you want to talk about            | exploration | 1
(is|was) there anything (else)? (bothering|worrying) you | exploration | 1
what (is|was) (that|it) like                 | exploration | 1
are you (okay|ok|alright|all right)          | exploration | 1

# -- apologies
(i|we) apologize (for|that|about)            | apology | 1 | inflect
(i am|i'm|we are|we're) (so|really|very|truly)? sorry (about|for) (the|this|that|your) (delay|wait|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|experience|hassle) | apology | 1
my (sincere|deepest)? apologies (for|about)  | apology | 1
sorry (for|about) the (delay|wait|trouble|mix-up|confusion|error|mistake) | apology | 1
(sorry|apologies) for (any|the) inconvenience | apology | 0.5 | scripted
(we|i) apologize for any inconvenience       | apology | 0.5 | scripted inflect
sorry about that                             | apology | 0.5 | scripted
(my apologies|i apologize|we apologize)      | apology | 0.5 | scripted inflect
sorry for (waiting|the hold|holding)         | apology | 0.5 | scripted

# -- reassurance
(do not|don't) worry                         | reassurance | 1 | negation=ignore
no need to worry                             | reassurance | 1 | negation=ignore
you are in good hands                        | reassurance | 1
(we|i) will (get|have) (this|it|that|everything) (sorted|fixed|resolved|taken care of) | reassurance | 1
(i am|i'm|we are|we're) (here|going) to help | reassurance | 1
rest assured                                 | reassurance | 1
(let us|let's) (fix|sort|solve|figure out) (this|it|that) (together)? | reassurance | 1
(it|everything|things) will be (okay|ok|fine|alright|all right|better) | reassurance | 1
(we|i) (will|'ll) make (this|it|things) right | reassurance | 1
