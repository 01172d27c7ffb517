# empathy.lex: what an agent says that shows empathy (detector `empathy`).
#
# An empathy opportunity (a customer turn matching `emotion.lex` or `problem.lex`) is *shown* when one
# of these phrases appears in the agent's response window. Categories follow the communication
# mechanisms of empathy in the EPITOME framework (Sharma et al., 2020) and contact-centre coaching
# practice; every category except `not-empathy` shows empathy:
#   emotional-reaction  warmth, compassion, concern ("that sounds really stressful", "I'm so sorry
#                       to hear that"), and good wishes that look ahead ("hang in there", tag
#                       `encouragement`: an emotional reaction in EPITOME's terms)
#   interpretation      understanding and acknowledgement of the feelings or the experience
#                       ("I understand how frustrating", "that must be so frustrating", "that makes
#                       sense", "anyone would be upset"), reflecting ("so what you're saying is"),
#                       and sharing a similar experience ("I've been there", "same here")
#   exploration         asking about the person's feelings or experience ("how are you feeling",
#                       "what happened?")
#   apology             a specific apology ("I'm sorry about the double charge"); tag `scripted`
#                       for formulaic ones ("sorry for any inconvenience"), which earn half credit
#   reassurance         a promise of support ("you're in good hands", "we'll get this sorted")
#   not-empathy         weight 0: a longer phrase that hides a cue ("sorry to interrupt", "I hope
#                       this helps") and, being the longer match, keeps it from counting
# Tags read by the detector:
#   scripted     formulaic: the response earns half credit when it has nothing better
#   question     only counts in a sentence that ends with a question mark
#   bare         a plain "I'm sorry": dropped when a question mark or an `after-sorry` cue follows it
#                ("I'm sorry, could you repeat that?", "I'm sorry, but that is our policy")
#   after-sorry  on not-empathy cues that undo a bare sorry just before them
#   encouragement  informative only
#   initial      only when it opens its sentence ("Same." but not "Yes, same." or "the same day")
#   clause-initial only when it opens its sentence or follows , ; : ("Yes, me too." but not "send it
#                to me too")
#   clause-final   only when punctuation or the end of the turn follows it ("I do too." but not
#                "I do too many checks", "I get that." but not "I get that item")
# Any phrase repeated verbatim becomes scripted from its third use (EMPATHY_PARAMS in
# src/detectors/empathy.ts). Negation cancels ("I don't understand" is not empathy); phrases that
# carry their own negator use negation=ignore. `inflect` adds verb forms (apologize, apologized).
# Phrases are normalised like transcripts, so "i am" also matches "I'm" and "do not" "don't".
# Chat spellings without the apostrophe ("im", "dont", "youre") are not expanded, so a phrase that
# should also match them names them ("(i am|im) here for you").
#
# Contact-centre caution: agents narrate their screen ("I see you ordered", "I see that the parcel",
# "I know how to fix this", "it is difficult to say", "it seems like you have two accounts", "I have
# the same address on file"); "see", "get", "know", "seems", "have the same" and "it is" only count
# here with a word of feeling, of the person or of the person's experience after them.
@lexicon empathy
@default negation=cancel speaker=agent

# -- emotional reactions: warmth, compassion, concern
(that|this|it) (sounds|seems) (so|really|very|incredibly|extremely|truly|pretty|quite|super)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing|inconvenient|maddening|infuriating|concerning|distressing|alarming|lonely) | emotional-reaction | 1
(that|this|it) (sounds|seems) like (a nightmare|a lot|a hassle|a pain|a tough time|a rough time|a difficult time|a hard time|a lot to deal with) | emotional-reaction | 1
(that|this) (is|was|has been) (so|really|very|incredibly|extremely|pretty|just|absolutely)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|heartbreaking|devastating|sad|unfair|disappointing|a shame|a pity|not fair|not great|not good|not what you expected|not okay|not ok|not acceptable|not right|not good enough) | emotional-reaction | 1 | negation=ignore
(that|this) (sucks|stinks)                   | emotional-reaction | 1
(sounds|seems) (so|really|very|incredibly|pretty|quite)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|sad|unfair|disappointing|lonely) | emotional-reaction | 1
(sounds|seems) like a (nightmare|lot|hassle|pain|tough time|rough time|difficult time|hard time) | emotional-reaction | 1
how (sad|heartbreaking|annoying|unfair|scary|horrible|rough|maddening) | emotional-reaction | 1
(so|really)? (glad|happy|relieved) (to hear|you are|you reached|you called|you got) | emotional-reaction | 1
(i|we) (really)? feel (so|really|very)? (bad|terrible|awful|sad|horrible) (for|about|that) | emotional-reaction | 1
i (really|truly|just)? wish (you|things|it|this|that|we could|we had) | emotional-reaction | 1
i (really|truly|just)? wish (i could|i was able to|i were able to) (help|do|say|give|offer|make|take|be there|fix|change|hug|tell|send|find a way) | emotional-reaction | 1
i (really|truly|just)? wish (i had|there was|there were|there is) (better|a better|an easier|good news|an answer|the answer|the words|something i|something we|anything i|anything we|a way to help|more to offer|more i could|more we could) | emotional-reaction | 1
(i am|we are) (so|really)? sorry to see     | emotional-reaction | 1
(it is|that is) (so|really|very|pretty|just)? (sad|awful|terrible|horrible|rough|hard|tough|unfair|heartbreaking|upsetting|scary|shitty|crappy|messed up|a shame) | emotional-reaction | 1
(what|that is|such) a (nightmare|pain|hassle|shame|pity) | emotional-reaction | 1
(oh no|oh dear|oh gosh|oh my|oh man|how awful|how terrible|how frustrating|how stressful|how upsetting) | emotional-reaction | 1
# interjections of sympathy: weak cues, half credit
(wow|damn|geez|jeez|oof|ugh|yikes|ouch|aw|aww|awww) | emotional-reaction | 0.5
# hearts and hugging or sad faces are written warmth and compassion in chat; half weight, since a
# heart can also be a mere sign-off ("your refund is processed ❤")
(❤|♥|💕|💖|💗|💙|💜|💛|💚|🧡|🤍|🤗|🫂)                                  | emotional-reaction | 0.5
(😢|😥|😔|😞|🥺|💔|😭)                                            | emotional-reaction | 0.5
(so|really|very|truly) (happy|glad|proud) for you | emotional-reaction | 1
(i am|we are)? (so|really|very|truly|deeply|terribly|incredibly)? sorry (to hear|you are|you have|that you|that happened|this happened|for your loss|about your loss|for what happened|about what happened|for everything|you had to|you went through|for what you) | emotional-reaction | 1
sorry (you|youre|ur|that you|this is|that this|it is|that it|things are|about what|for what) | emotional-reaction | 1
(so|really|very|truly|deeply|terribly|incredibly) sorry | emotional-reaction | 1 | bare
i am sorry                                   | emotional-reaction | 1 | bare
# chat spelling without the apostrophe ("im sorry")
im (so|really|very|truly|deeply|terribly)? sorry | emotional-reaction | 1 | bare
i (feel|felt) (for|with) you                 | emotional-reaction | 1
i feel (you|your pain|terrible|awful|bad) (about|for|that)? | emotional-reaction | 1
my heart (goes out|breaks|went out)          | emotional-reaction | 1
(breaks|broke) my heart                      | emotional-reaction | 1
(i can|i could) (only)? imagine              | emotional-reaction | 1
i am (so|really|very|truly)? (glad|happy|relieved) (you|to hear) | emotional-reaction | 1
i am (so|really|very)? (proud|happy|glad) (of|for) you | emotional-reaction | 1
(i|we) (do|really|truly|genuinely|still)? (care|cared) (about|for) you | emotional-reaction | 1
(i|we) (love|believe) you                    | emotional-reaction | 1
you (matter|are worth it|are loved|are important|are valuable|are enough|are strong|are brave|are not weak|are not broken|are not worthless) | emotional-reaction | 1 | negation=ignore
(i am|we are) (worried|concerned) (about|for) you | emotional-reaction | 1
(it is|that is) not your fault               | emotional-reaction | 1 | negation=ignore
you are not alone                            | emotional-reaction | 1 | negation=ignore
you are (not|never) (a burden|a bother|bothering me|bothering us|wasting my time|stupid|silly) | emotional-reaction | 1 | negation=ignore
(nobody|no one) (should|deserves to) (have to)? (go through|deal with|feel|put up with|wait) | emotional-reaction | 1 | negation=ignore
you (deserve|deserved) (better|more|an answer|a proper|to be|to feel|love|happiness|help|support) | emotional-reaction | 1
(poor|you poor) (thing|you)                  | emotional-reaction | 1
(i am|im|we are) (always|all|still|just)? here (for you|for ya|for u|to listen|to talk|if you want to talk|for each other|for one another|whenever you need) | emotional-reaction | 1
(my|our) (dms|inbox|door) (is|are) (always)? open | emotional-reaction | 1 | encouragement
(take care of yourself|be kind to yourself|look after yourself|be gentle with yourself) | emotional-reaction | 1 | encouragement
(sending|sent) (you)? (hugs|love|good vibes|strength|positive thoughts|good thoughts|prayers|virtual hugs) | emotional-reaction | 1 | encouragement
(hugs|virtual hug|big hug)                   | emotional-reaction | 1 | encouragement
(congrats|congratulations|good for you|way to go) | emotional-reaction | 1
i (really|truly|sincerely)? hope (you|things|it|everything|she|he|they|your|that you|that things|that everything|that your) | emotional-reaction | 1 | encouragement
# not "hope you have your account number handy"; "hope you're doing well today" is a greeting (excluded below)
(hope|hoping) (you|things|it|everything) (feel|get|gets|will|work|works|turn|turns|find|can|are|start|stay|heal|recover|manage|figure) | emotional-reaction | 1 | encouragement
(hang in there|stay strong|keep fighting|keep your head up|chin up|you got this|you have got this|you can do this|you can do it) | emotional-reaction | 1 | encouragement
(do not|never) give up                       | emotional-reaction | 1 | negation=ignore encouragement
(it|things|life) (will|does|can|do) get better | emotional-reaction | 1 | encouragement
(it|things) gets better                      | emotional-reaction | 1 | encouragement
you are (doing|going to be) (great|so well|really well|fine|okay|ok|alright|all right|the right thing|your best) | emotional-reaction | 1 | encouragement
it is (okay|ok|alright|all right|normal|natural|fine|understandable) to (feel|be|cry) | emotional-reaction | 1 | encouragement
(good luck|best of luck|best wishes|all the best|wish you the best|wish you well|wish you luck|wish you all the best) | emotional-reaction | 0.5 | scripted encouragement
(take care|stay safe)                        | emotional-reaction | 0.5 | scripted encouragement
(feel free to|you can always|you are welcome to) (reach out|contact|get in touch|call|message|write|talk|dm|pm) | emotional-reaction | 0.5 | scripted encouragement

# -- emotional reactions, more families (en-2026.11.8): general forms of warmth, concern and good
# wishes from the empathy literature, written to hold in a service chat as in peer support
# an offer to listen: being there for the person; "talk to the billing team" is a referral (exclusion)
(if|whenever) you (ever)? (need|want|would like|feel like) (someone|somebody|anyone|a friend|an ear|a shoulder) to (talk to|listen|vent to|chat with|chat to|talk with|lean on) | emotional-reaction | 1 | encouragement
# a bare talk, vent or chat ends its clause or is about the person ("if you need to talk to billing,
# press 2" and "if you need to talk to your bank first" are referrals)
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|vent|chat) | emotional-reaction | 1 | encouragement clause-final
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|vent|chat) about (it|this|that|how you feel|how you are feeling|what happened|anything) | emotional-reaction | 1 | encouragement
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|speak|chat) (to|with) (us|a|an|the|our|my|your|another|billing|sales|support|accounts|a manager|someone in|someone from|someone at|someone on|someone else|somebody in|somebody from) | not-empathy | 0
(if|whenever) you (ever)? (need|want|would like|feel like) to (talk|speak|chat) about (a|an|the|our|your|upgrading|changing|cancelling|canceling|switching|renewing|options|pricing) | not-empathy | 0
# "happy to listen to the call recording" and "here to chat anytime" are service: listening ends its
# clause or is to the person, chatting is offered if the person wants to talk, or about how they feel
(happy|glad|willing|here) to listen          | emotional-reaction | 1 | encouragement clause-final
(happy|glad|willing|here) to listen to you   | emotional-reaction | 1 | encouragement
(happy|glad|willing|here) to (lend an ear|hear you out) | emotional-reaction | 1 | encouragement
(willing|happy|glad|here) to (chat|talk) (if you want|if you need|if you want to|if you need to|if you would like to) (talk|chat|vent)? | emotional-reaction | 1 | encouragement clause-final
(willing|happy|glad|here) to (chat|talk) about (it|how you feel|how you are feeling|what happened) | emotional-reaction | 1 | encouragement
(i will|i would|i can|we will|we can) (hear you out|lend an ear|lend a ear|lend you an ear) | emotional-reaction | 1 | encouragement
(i am|we are) (all)? ears                     | emotional-reaction | 1 | encouragement
# sympathy for the feeling itself ("that is the worst", "one of the worst feelings")
(that|this|it) (is|sounds|sounds like|must be|must feel like|really is|is just|is honestly|is literally) (the|one of the) (worst|shittiest|crappiest) (feeling|feelings|thing|things)? | emotional-reaction | 1
(the|one of the|such a|such an|what a|what an) (worst|awful|horrible|terrible|shittiest|crappiest|saddest|hardest|lonely|lonesome) (feeling|feelings) | emotional-reaction | 1
# feeling sorry for the person ("I don't feel sorry for you" is negated and does not count)
(i|we)? (feel|felt) (so|really|very|truly|kinda|kind of|a bit|a little)? (sorry|bad) for you | emotional-reaction | 1
# an apology for a situation stated in the negative: the negator belongs to the situation ("I'm sorry
# you're not feeling well", "sorry it didn't work out"), not to the apology
(i am|we are)? (so|really|very|truly|deeply|terribly)? sorry (that)? (you are|you were|you have|you had|you did|you do|you could|you can|it is|it was|it did|it does|it has|it could|this is|this was|that is|things are|things did|things have|things were|they are|they did) (not|never) | emotional-reaction | 1
# good wishes for the person's recovery and for things going well
(feel|get) (better|well) soon                 | emotional-reaction | 1 | encouragement
(hope|hoping|hopefully) (it|things|everything|all|this|that) (goes|go|went|turns out|turn out|works out|work out) (well|okay|ok|fine|alright|all right|for the best|better) | emotional-reaction | 1 | encouragement
hopefully (one day|someday|some day)        | emotional-reaction | 1 | encouragement
# getting better ends its clause or is soon: not "hopefully you'll get better signal"
hopefully (you|things|everything|life) (will)? (feel|look|looks|turn|turns|start feeling) (better|up|around|well) | emotional-reaction | 1 | encouragement
hopefully (you|things|everything|life) (will)? (get|gets) (better|well) | emotional-reaction | 1 | encouragement clause-final
hopefully (you|things|everything|life) (will)? (get|gets) (better|well) soon | emotional-reaction | 1 | encouragement
there is (always|still)? hope                 | emotional-reaction | 1 | encouragement
# belief in and pride for the person
(i|we) (really|truly|still|do)? believe in you | emotional-reaction | 1 | encouragement
(so|really|very|truly|super)? proud of (you|yourself|what you|how far you) | emotional-reaction | 1 | encouragement
(be|feel) (so|really|very)? proud of (that|this|it|your|what|how) | emotional-reaction | 1 | encouragement
# self-compassion: do not blame yourself
(do not|dont) be (so|too|to)? (hard|harsh|tough) on yourself | emotional-reaction | 1 | negation=ignore encouragement
(do not|dont) beat yourself up              | emotional-reaction | 1 | negation=ignore encouragement
(go easy on yourself|give yourself a break|give yourself some credit|give yourself credit) | emotional-reaction | 1 | encouragement
# getting through it, and not alone in it
you (will|can|are going to) (get|make it|pull) through (this|it|that) | emotional-reaction | 1 | encouragement
(we are|you are)? (all)? in this together    | emotional-reaction | 1 | encouragement
# "you will get better coverage with 5G": getting better ends its clause or is soon; "you will be
# fine/okay" is reassurance (below), as before en-2026.11.8
you (will|are going to) (make it through|feel better|pull through|figure it out) | emotional-reaction | 1 | encouragement
you (will|are going to) get better           | emotional-reaction | 1 | encouragement clause-final
you (will|are going to) get better soon      | emotional-reaction | 1 | encouragement
# not "one step at a time: first, unplug the router"
one day at a time                            | emotional-reaction | 1 | encouragement
(i am|im|we are) with you (all the way|every step|on this|in this) | emotional-reaction | 1 | encouragement
# gladness and praise for the person's news or progress
# "glad it worked!" is a service pleasantry: gladness is for the person or for how things are
(so|really|very)? (glad|relieved) (that)? (you|it is|things|everything) | emotional-reaction | 1
(so|really|very)? happy (that)? you         | emotional-reaction | 1
(that is|thats|what|such) (great|wonderful|awesome|amazing|fantastic|excellent|brilliant|good) news | emotional-reaction | 1
(great|good|wonderful|awesome|nice|lovely) to hear | emotional-reaction | 1
# a greeting, not gladness at news: "good to hear from you again", "lovely to hear your voice"
(great|good|wonderful|awesome|nice|lovely) to hear (from|your voice) | not-empathy | 0
# praise for a task done ("well done, you've entered the code") is not an emotional reaction
(keep it up|keep up the good work)           | emotional-reaction | 1 | encouragement clause-final
# warmth toward the person
you are (so|such|really|very|truly)? (amazing|awesome|wonderful|beautiful|worthy|special|precious|lovely|strong|brave|stronger than you think|a good person|a great person|a kind person|a beautiful person|a lovely person|a wonderful person) | emotional-reaction | 1
(you are|you will be) in (my|our) (thoughts|prayers) | emotional-reaction | 1
(thinking of|praying for|prayers for) you    | emotional-reaction | 1

# -- interpretations: understanding and acknowledgement
# an inference about what the person feels ("that must be so frustrating") communicates an
# understanding of the feeling: an interpretation in EPITOME ("This must be really hard"), where
# "that sounds so frustrating" stays an emotional reaction
(that|this|it) (must be|must have been|must feel) (so|really|very|incredibly|extremely|truly|pretty|quite|super)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|devastating|sad|unfair|disappointing|inconvenient|maddening|infuriating|concerning|distressing|alarming|lonely) | interpretation | 1
(must be|must have been) (so|really|very|incredibly|pretty|quite)? (hard|difficult|tough|rough|awful|terrible|horrible|stressful|frustrating|upsetting|scary|painful|exhausting|overwhelming|annoying|worrying|heartbreaking|sad|unfair|disappointing|lonely) | interpretation | 1
i (completely|totally|really|fully|absolutely|definitely|certainly|do)? understand | interpretation | 1
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand|imagine) how (you feel|you felt|you are feeling|you must|you would|you might|you may|anyone|this would|that would|it would|this must|that must|it must|this could|that could|it could) | interpretation | 1
(i|i can|i could) (completely|totally|really|fully|absolutely|definitely|certainly)? (see|get|know|understand) why (you|you are|you have|you feel|you felt|you would|you might|you may|you must|anyone|this would|that would|it would|this must|that must|it must|this is|that is|this has|that has) | interpretation | 1
i (understand|know|appreciate|see) how (this|that|it) (is|must be|would be|has been|was|can be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i can|i could) (see|understand|imagine|appreciate) how (this|that|it) (is|must be|would be|has been|was|can be|could be) (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|a hassle|a pain) | interpretation | 1
(i|we) (completely|totally|really|fully)? (know|understand|realize|realise|appreciate) how (so|really|very|incredibly)? (frustrating|upsetting|stressful|annoying|hard|difficult|inconvenient|worrying|disappointing|confusing|concerning|important|urgent|scary|much this|much it) | interpretation | 1
(i can|i could) (definitely|totally|really|certainly)? (tell|hear) (that)? (you are|you have|this has been|this is really|how much|how upset|how frustrated|how stressed|how worried) | interpretation | 1
i (totally|completely|really|absolutely)? (hear|get) you | interpretation | 1
i (totally|completely|really|absolutely)? get it | interpretation | 1
i hear what you are saying                   | interpretation | 1
(i|we) (completely|totally|fully)? (appreciate|understand|realize|realise) (this|that|it) (is|has been|was|must be) | interpretation | 1
(i|we) (completely|totally|fully)? (appreciate|understand) (your|the) (frustration|concern|concerns|worry|worries|situation|disappointment|urgency|position|feelings) | interpretation | 1
(that|it) (makes|made) (total|complete|perfect)? sense | interpretation | 1
# "it seems like you have two accounts" narrates the screen: "seems" counts only with a word of feeling
# or of experience after it (below)
(it|that) sounds like (you|you are|your|you have|you had|you were|this has been|it has been|you have been) | interpretation | 1
you (must|might|may) (be|have been|feel|have felt|be feeling) (so|really|very|pretty|quite|a bit|a little)? (frustrated|upset|stressed|worried|tired|exhausted|scared|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|at your wits end) | interpretation | 1
(it is|that is) (completely|totally|perfectly|entirely|very)? (understandable|natural|normal|valid|fair|reasonable) | interpretation | 1
(anyone|anybody|most people|everyone|any of us) would (be|feel|have been|get) | interpretation | 1
(i|we) would (be|feel|have been) (the same|upset|frustrated|angry|annoyed|worried|stressed|concerned|disappointed|confused|furious) | interpretation | 1
i would feel the same                        | interpretation | 1
you have every right to (be|feel)            | interpretation | 1
you are (absolutely|completely|totally|quite)? right to (be|feel) | interpretation | 1
(your|those|these) (feelings|concerns|frustrations) are (completely|totally|perfectly)? (valid|understandable|justified|fair) | interpretation | 1
i have been (there|through that|through this|through it|through the same) | interpretation | 1
# "I can relate the two orders" links records: a bare "relate" counts only at the end of a clause
i (can)? relate                              | interpretation | 1 | clause-final
(me too|same here|i feel the same|i felt the same) | interpretation | 1
i used to (feel|struggle)                    | interpretation | 1
# "I had the same address" is a record, not an experience: "had the same" needs an experience noun (below)
(i|i have) (went through|gone through|been through|dealt with|had) (something similar|the same thing|a similar experience|the same experience) | interpretation | 1
i know (exactly)? how (it|that|this|you) (feels|feel|is)  | interpretation | 1
i know (exactly)? what (you mean|it is like|that is like|it feels like|that feels like|you are going through|you are dealing with|you are saying) | interpretation | 1

# -- interpretations, more families (en-2026.11.8): general forms of understanding from the empathy
# literature, written to hold in a service chat as in peer support. A service agent narrates the
# screen ("I see you ordered", "it seems the payment failed", "I can tell you the total", "I have the
# same address on file"): these forms need a word of feeling, of the person's experience or of
# sameness after them, never a bare "see", "seems", "tell" or "have the same".
# acknowledging the feeling: "you sound so frustrated", "you seem really worried"
(you sound|you seem|you are clearly|you are obviously|you are understandably|you were understandably|you have clearly been) (so|really|very|pretty|quite|a bit|a little|rather|incredibly|understandably|really quite)? (frustrated|upset|stressed|stressed out|worried|tired|exhausted|scared|afraid|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|down|hopeless|lost|drained|discouraged|heartbroken|shaken|on edge) | interpretation | 1
(you sound|you seem) like you (are|have been|were) (going through|dealing with|struggling|hurting|having a hard time|having a rough time|having a tough time|having a difficult time|in pain|under a lot of stress|under so much stress|under a lot of pressure|under so much pressure) | interpretation | 1
(it|that) (seems|sounds) (like)? (you are|you have been|you were) (feeling|going through|struggling|dealing with|hurting|having a hard time|having a rough time|having a tough time|having a difficult time|in pain|under a lot of stress|under so much stress|under a lot of pressure|under so much pressure) | interpretation | 1
# how much it matters to the person: "I can tell how much this means to you" (not "I can see how
# much data you used")
(i can|i could|i) (see|tell|hear|sense|know|understand|appreciate) how much (this|it|that|they|he|she|this situation) (means|meant|matters|mattered|has meant) (to you)? | interpretation | 1
(i can|i could|i) (see|tell|hear|sense|know|understand|appreciate) how much you (care|cared|love|loved|miss|missed|are hurting|have been hurting|are struggling|have been struggling|have been through|have gone through|are going through|have been dealing with|are dealing with|were looking forward|have been looking forward|rely|relied|depend|depended) | interpretation | 1
(this|it|that) (clearly|obviously|really)? (means|meant|matters|mattered) (a lot|so much|a great deal|the world) to you | interpretation | 1
# naming the feeling heard: "I hear your frustration", "I can sense your worry"
(i|we|i can|we can|i do) (hear|see|sense|feel|recognize|recognise|acknowledge) your (frustration|pain|worry|worries|disappointment|anger|upset|stress|anxiety|feelings|hurt|fear|fears|sadness|grief|struggle|exhaustion|distress|concern|concerns) | interpretation | 1
(i|we) (completely|totally|fully)? (understand|appreciate) (your|the) (pain|anger|upset|stress|anxiety|hurt|fear|fears|sadness|grief|struggle|exhaustion|distress) | interpretation | 1
# reflecting: "so what you're saying is", "what I'm hearing is"
(so)? what (you are|you were|you have been) (saying|telling me|describing) is | interpretation | 1
(so)? what i am hearing (is|from you) | interpretation | 1
i (get|see|understand|know) where you are coming from | interpretation | 1
# validating: "no wonder you're upset", "anyone in your position", "your feelings are valid"
(no wonder|of course|naturally|understandably) (you are|you feel|you felt|you were|you would be|you would feel|you have been|you are feeling) (so|really|very|pretty)? (frustrated|upset|stressed|worried|tired|exhausted|scared|afraid|angry|annoyed|overwhelmed|disappointed|devastated|confused|hurt|lonely|anxious|sad|fed up|concerned|down|hopeless|lost|drained|discouraged|heartbroken|on edge|that way|this way|like that|like this) | interpretation | 1
# "everyone in the same situation receives the same compensation" and "anyone in that position would
# get a refund" state a policy: a literal position or situation needs a feeling after it, except the
# person's own ("anyone in your position", with the service outcomes excluded below); shoes and boat
# are always figurative
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) | interpretation | 1
(anyone|anybody|most people|everyone|any person|any of us) in (your|that|this|the same|a similar) (shoes|boat) | interpretation | 1
(anyone|anybody|everyone|any of us) in (that|this|the same|a similar) (position|situation) would (feel|be) (upset|frustrated|angry|annoyed|worried|stressed|concerned|disappointed|furious|anxious|the same|that way|the same way) | interpretation | 1
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) (would|will|can|could|may|should)? (get|receive|be entitled|be eligible|qualify|have to|need to|pay|apply|be offered|be refunded|be charged) | not-empathy | 0
(anyone|anybody|most people|everyone|any person|any of us) in your (position|situation|place) (gets|receives|is entitled|is eligible|qualifies|has to|needs to|pays|applies) | not-empathy | 0
(what you are feeling|what you feel|what you felt|how you feel|how you felt|how you are feeling|your feelings|your feeling|your reaction|your frustration|your anger|your worry|your worries|your fear|your fears|feeling that way|feeling this way|feeling like this|feeling like that) (is|are) (completely|totally|perfectly|entirely|very|so|100 percent)? (valid|understandable|justified|legitimate|normal|natural|okay|ok|reasonable|fair|human) | interpretation | 1
# not "a normal response time" or "a valid response from your bank": a reaction only at the end of
# its clause or to something
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) (feeling|way to feel|thing to feel) | interpretation | 1
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) reaction | interpretation | 1 | clause-final
(a|such a|an) (completely|totally|perfectly|very)? (valid|normal|natural|understandable|human|reasonable|justified) reaction to | interpretation | 1
you (are|were|would be) (justified|allowed) (in feeling|to feel|to be upset|to be frustrated|to be angry|to be annoyed) | interpretation | 1
(i|we) (do not|can not|could not|would not|cannot|dont) blame you | interpretation | 1 | negation=ignore
(who|nobody|no one) (could|would|can) blame you | interpretation | 1 | negation=ignore
# not alone in it: "you're not the only one", "I thought I was the only one"
you are (not|definitely not|certainly not|far from) the only one | interpretation | 1 | negation=ignore clause-final
# "you're not the only one who can make changes" is about account rights: a feeling or a struggle follows
you are (not|definitely not|certainly not|far from) the only one (who feels|who felt|who has felt|who is feeling|who has been feeling|feeling|who is going through|going through|who has gone through|who went through|who has been through|who is struggling|struggling|who struggles|who has struggled|who has been struggling|who is dealing with this|dealing with this|who has been dealing with this) | interpretation | 1 | negation=ignore
(glad|good|nice|relieved|comforting) to (know|hear|see) (that)? (i am|i am not|i was not|we are not) (not)? (the only one|alone) | interpretation | 1 | negation=ignore

# sharing a similar experience: "I've been there", "I went through the same thing", "same here"
(we|i) (have|had) (all|also|definitely|totally|certainly|personally|both|each|all of us)? been (there|through that|through this|through it|through the same|through something similar|through similar|in your shoes|in that position|in the same position|in your position) | interpretation | 1
been there                                    | interpretation | 1 | clause-initial
# only the figurative boat: "we're in the same situation as last week" is a status, not a shared experience
(i am|i was|i have been|we are|we were|i am also|i was also) (in)? (the same|a similar|the exact same|a very similar|a pretty similar) boat | interpretation | 1
in (the same|a similar|the exact same|a very similar) boat | interpretation | 1
# "I'm going through the same steps as you" narrates the screen: only the same thing or situation, at
# the end of its clause
(i am|i was|i have been|we are|i|i am also) (also|too|basically|currently|literally|actually|kind of|kinda)? (going|gone|went|been going|been) through (the same thing|the exact same thing|the very same thing|something similar|the same situation|a similar situation) | interpretation | 1 | clause-final
(i know|i understand|i get|i have known|knowing) (the|that|this) (feeling|feel|struggle|pain|fear|frustration) | interpretation | 1
# "I have the same issue on my end" reproduces a fault: the same feeling is shared, a problem only in
# the past tense ("I had the same problem with mine")
i (have|had|feel|felt|share|shared|have had|have felt|struggle with|struggled with) (the same|that same|this same|the exact same|the very same|a similar) (feeling|feelings|fear|fears|thoughts|thought|struggle|struggles|experience|experiences|worry|worries|frustration|frustrations|anxiety|pain|thing happen) | interpretation | 1
i had (the same|that same|the exact same|the very same|a similar) (problem|problems|issue|issues|trouble) | interpretation | 1
(the same|something similar|a similar thing|similar thing|same thing|the same thing|the exact same thing|something like that|something like this|that|this|it) (happened|happens|has happened|used to happen) to me | interpretation | 1
(same|similar) (thing|experience|situation) (here|for me|with me) | interpretation | 1
# a bare "same" is a reply of its own only when it opens its sentence ("Same. It drives me mad."), not
# an answer to a form ("Yes, same.", "Billing address: same.")
same                                          | interpretation | 1 | initial clause-final
(same here|same for me|same with me|me too|me as well|i do too|i did too|i am too|i was too|i have too|i had too|i feel that too|i feel it too|i do as well|i did as well|i am the same|i was the same|i am the same way|i was the same way|so do i|so did i|so am i|same boat|relatable|so relatable) | interpretation | 1 | clause-initial clause-final
(i|i can|i really|i totally|i completely|i definitely|i so|i can totally|i can really|i can definitely|i can completely) (relate|resonate|identify) (to|with) (this|that|it|you|your|what you|so much|a lot|everything|every word|all of this|all of that|how|some of|most of|much of|part of) | interpretation | 1
(we|we can|we all|we can all|anyone can|everyone can) (relate|resonate|identify) (to|with) (this|that|it|what you|how|so much) | interpretation | 1
(i can|i) (relate|resonate|identify) (to|with) (that|this|it) | interpretation | 1 | clause-final
(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been|i used to) (feel|felt|feeling) (exactly|pretty much|much)? (this way|that way|the same|the same way|like this|like that|similarly|the exact same) | interpretation | 1 | clause-final
(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been|i used to) (feel|felt|feeling) (exactly|pretty much|much)? (this way|that way|the same way|the exact same way) | interpretation | 1
(this|that) is (exactly|pretty much|just|literally)? (how|what) i (feel|felt|have felt|have been feeling|went through|am going through|have been going through) | interpretation | 1
i used to (feel|think|struggle|worry|believe|hate myself|hate|cry|fear|blame myself|beat myself up|be scared|be afraid|be anxious|be depressed|be lonely|be the same) | interpretation | 1

(i|i also|i too|i often|i sometimes|i still|i have|i have also|i have often|i have been) (feel|felt|feeling) (like this|like that|this way|that way|the same) (every day|everyday|all the time|too|also|sometimes|often|a lot|most days|constantly|at times|daily|as well|myself) | interpretation | 1
i (thought|felt like|used to think) i was (alone|the only one|alone in this|alone in that|alone in it|alone in feeling) | interpretation | 1
(i|i also|i often|i sometimes) (ask|asked|wonder|wondered|tell|told) myself the same (thing|question|things)? | interpretation | 1
# not "have": "I have it too on my screen"
(i|i also|i still|i too|i often|i sometimes) (do|feel|get) (that|this|it|the same|the same thing) (too|as well|also|myself) | interpretation | 1
# a clause of its own: not "once I get that, I'll process it"
i (totally|completely|really|absolutely)? get (that|this) | interpretation | 1 | clause-initial clause-final
(i|i also|i too|i have|i have also|i also have|i still|i have always|i always) (suffer|suffered|battle|battled) (with|from|through) | interpretation | 1
(i|i also|i too|i have|i have also|i also have|i still|i have always|i always) (struggle|struggled) (with)? (this|that|it|the same|something similar|similar) (too|as well|myself|also)? | interpretation | 1
(i have|i have also|i also have|i too have) been (feeling|suffering|in a similar|in the same) | interpretation | 1
# "when I went through your account" and "when I was in your account" narrate the screen: going
# through and being in need a word of experience after them
(when|whenever) i (felt|was feeling|feel|was struggling|struggled|hit rock bottom|was at rock bottom|was suffering) | interpretation | 1
(when|whenever) i (went through|was going through|had gone through) (something similar|something like this|something like that|the same thing|the same|a similar|a hard time|a difficult time|a tough time|a rough time|a bad time|a rough patch|hard times|tough times|a lot|hell) | interpretation | 1
(when|whenever) i was (in your|in a similar|in the same|in that) (shoes|position|situation|boat|place) | interpretation | 1
(when|whenever) i was at my (lowest|worst|low point|lowest point) | interpretation | 1
i remember (feeling|struggling|being so|being really) | interpretation | 1
i remember (when|how) i (felt|was feeling|was struggling|went through|was going through|struggled) | interpretation | 1
i (also|too) (feel|felt|struggle|struggled|went through|have been through|suffer|suffered|hate|hated|cry|cried|worry|worried|fear|feared|used to|get so|get really|am going through|have been feeling|have been struggling) | interpretation | 1
(i am|i was|i have been|i get|i felt|i feel|i often feel|i have felt) (so|really|very|pretty|kind of|a bit)? (depressed|lonely|anxious|sad|hopeless|miserable|numb|empty|exhausted|overwhelmed|scared|afraid|terrified|heartbroken|hurt|lost|angry|frustrated|stressed|down|tired|alone|worthless|useless|stuck|isolated) (too|as well|myself) | interpretation | 1
(i am|i was|i have been|i get|i feel|i felt) also (so|really|very|pretty|quite)? (depressed|lonely|anxious|sad|hopeless|miserable|numb|empty|exhausted|overwhelmed|scared|afraid|terrified|heartbroken|hurt|lost|angry|frustrated|stressed|down|tired|alone|worthless|useless|stuck|isolated) | interpretation | 1
# -- explorations: asking about feelings and experience
how (are|have) you (feeling|holding up|coping|been coping|managing) | exploration | 1
how (does|did|has) (that|this|it) (make you feel|made you feel|affect you|affected you|been for you|left you) | exploration | 1
how (is|was) (that|this|it) (for you|affecting you) | exploration | 1
(what|how) (happened|did it happen)          | exploration | 1 | question
(can|could|would) you tell me (more|what happened|a bit more|a little more|how it|how that|how this) | exploration | 1
(can|could) you (walk me through|talk me through) what happened | exploration | 1
(do|would) you want to talk (about)?         | exploration | 1 | question
(is|was) there anything (else)? (bothering|worrying|troubling) you | exploration | 1
what (is|was) (that|it) like                 | exploration | 1 | question
(how|why|what) do you feel                   | exploration | 1 | question
what (makes|made) you (feel|think)           | exploration | 1 | question
what (worries|concerns|bothers|upsets) you   | exploration | 1
are you (okay|ok|alright|all right|safe|feeling okay|feeling better) | exploration | 1 | question
(have|did) you (talked|talk|spoken|speak|told|tell|reached out) (to|with)? (anyone|someone|anybody|a friend|your family|a doctor|a professional|a counselor|a therapist|about) | exploration | 1 | question
(do|did) you (feel|felt) (like|that|as if)  | exploration | 1 | question
what (is|was) going on                      | exploration | 1 | question
what (are|were) you (feeling|going through|thinking) | exploration | 1 | question
(how long|how often) (have|has) (you|this|it) been (feeling|dealing|struggling|going on|happening|bothering you) | exploration | 1 | question
(is|was) there (anyone|someone|anybody) (you|who) (can|could) (talk|help|support|turn) | exploration | 1 | question
(can|could|would) you (share|say) (more|a bit more|a little more|what happened|how you feel) | exploration | 1
what do you think (is|was|might be|would) (causing|bothering|behind|help) | exploration | 1 | question

# -- apologies: a specific one names what went wrong
(i|we) (sincerely|truly|really|do)? apologize (for|that|about) | apology | 1 | inflect
(i|we) (sincerely|truly|really|do)? apologise (for|that|about) | apology | 1 | inflect
(i am|we are) (so|really|very|truly|deeply|terribly)? sorry (about|for) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(so|really|very|truly|deeply|terribly)? sorry (about|for) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(my|our)? (sincere|deepest|sincerest)? apologies (for|about) (the|this|that|your|all the) (delay|delays|trouble|mix-up|mixup|confusion|error|mistake|problem|issue|charge|double charge|experience|hassle|frustration|misunderstanding|miscommunication|disruption|outage|damage|stress|worry|bother|runaround|back and forth) | apology | 1
(i am|we are) (so|really|very|truly)? sorry (that|this|it) (happened|was|has|is|did|went) | apology | 1
(i am|we are) (so|really|very|truly)? sorry (we|i) (did|did not|have|have not|could not|were|were not|made|let|kept|missed|got|forgot) | apology | 1 | negation=ignore
(that|this) (is|was) (our|my) (fault|mistake|error) | apology | 1
(we|i) (made|have made) a mistake            | apology | 1
(we|i) (let you down|dropped the ball)       | apology | 1
# formulaic apologies: half credit
(i am|we are)? (so|really|very|truly|deeply|terribly|sincerely)? (sorry|apologies) for (any|the|all the|all this) inconvenience (caused)? | apology | 0.5 | scripted
(my|our)? (sincere|deepest|sincerest)? apologies for (any|the|all the|all this) inconvenience (caused)? | apology | 0.5 | scripted
(i|we) (do|sincerely)? (apologize|apologise) for (any|the|all the) inconvenience | apology | 0.5 | scripted inflect
(i|we) (apologize|apologise) for any (trouble|confusion|frustration|issues) | apology | 0.5 | scripted inflect
(i am|we are)? (so|really|very|truly)? sorry (about|for) (that|this) | apology | 0.5 | scripted
(i am|we are)? (so|really|very|truly)? sorry for (waiting|the hold|holding|keeping you waiting|the wait|the long wait) | apology | 0.5 | scripted
(i am|we are)? (so|really|very|truly)? sorry for (any|the) (trouble|confusion) (caused)? | apology | 0.5 | scripted
(my|our)? (sincere|deepest|sincerest)? apologies (for|about)? | apology | 0.5 | scripted
(i|we) (do|sincerely|truly|really)? (apologize|apologise) | apology | 0.5 | scripted inflect

# -- reassurance: a promise of support
(do not|dont) worry                          | reassurance | 1 | negation=ignore
you do not (need|have) to worry              | reassurance | 1 | negation=ignore
(there is)? no need to (worry|panic|stress)  | reassurance | 1 | negation=ignore
you are in (good|safe|great) hands           | reassurance | 1
(we|i) will (get|have) (this|it|that|everything|you) (sorted|fixed|resolved|taken care of|sorted out|back on track) | reassurance | 1
(we|i) (will|are going to|am going to) (sort|fix|figure|work) (this|it|that) out | reassurance | 1
(i am|we are) (here|going) to help           | reassurance | 1
(i am|we are) (always)? here (to help|if you need) | reassurance | 1
rest assured                                 | reassurance | 1
let us (fix|sort|solve|figure out|get to the bottom of|sort out) (this|it|that) (together)? | reassurance | 1
(we|i) will (get to the bottom of|make this right|make it right|make things right|put this right|put it right) | reassurance | 1
(it|everything|things) will be (okay|ok|fine|alright|all right|sorted) | reassurance | 1
you will (be|get) (okay|fine|taken care of|sorted) | reassurance | 1
you will be (ok|alright|all right)           | reassurance | 1
(i|we) (will|are going to|am going to) (stay|be) with you (until|through|every step) | reassurance | 1

# -- not empathy (weight 0: the longer match wins and counts nothing)
(i am)? (so)? sorry (could|can|would|will) you (repeat|say|spell|speak) | not-empathy | 0
(i am)? (so)? sorry (i did not|i could not|i can not) (catch|hear|get|understand) | not-empathy | 0 | negation=ignore
(i am)? (so)? sorry (to interrupt|to bother|to disturb|but|if|what|who|where|which|come again|say again|pardon) | not-empathy | 0
i am sorry to (say|tell you|inform you)      | not-empathy | 0
i (really|truly)? (hope|trust) (that|this|it) (helps|helped|answers|answered|clarifies|finds you) | not-empathy | 0
(i)? (really)? hope you (have|are having|enjoy|had) (a|the rest of your)? (great|good|nice|wonderful|lovely|fantastic|pleasant|day|evening|weekend) | not-empathy | 0
(i)? hope (this|that) finds you               | not-empathy | 0
(i)? (really)? hope (you are|you have been|you are all) (doing|keeping) (well|good|great) | not-empathy | 0
it is (hard|tough|difficult) to (say|tell|know|predict|find|see|get) | not-empathy | 0
i understand (your|the) (request|question)   | not-empathy | 0
take care of (this|that|it|the|everything|your|all|that for|this for|them|him|her|me|myself|a|an|my|our|things|business) | not-empathy | 0
are you (okay|ok|alright|all right) (with|if|for|to) | not-empathy | 0
# cues that undo a bare "I'm sorry" right before them: a request to repeat, or "but" before a refusal
(could|can|would|will) you (repeat|say that again|say it again|spell|speak up|please repeat) | not-empathy | 0 | after-sorry
(i did not|i could not|i can not) (catch|hear|quite catch|quite hear|understand) | not-empathy | 0 | after-sorry negation=ignore
(what was that|come again|say again|pardon|you are breaking up|the line is bad|but) | not-empathy | 0 | after-sorry
