# sentiment.lex: the customer-service adjustment layer of the sentiment detector.
#
# General sentiment lexicons (AFINN-165, used through wink-sentiment) score words out of context,
# and contact-centre language trips them up: "no problem" has "problem" (-2), "sorry to hear that"
# has "sorry" (-1) though it is kindness, "cancelled", "delayed" and "on hold" score nothing though
# they are complaints. Entries here replace the scores of the words they cover.
#
# Categories
#   adjust       the phrase's sentiment, -5..+5, replacing the AFINN scores of its words
#   intensifier  multiplies the next scored word within two words by the weight ("really upset")
#   dampener     multiplies the next scored word within two words by the weight ("a bit annoying")
#
# Negation: phrases that carry their own negator use negation=ignore; the rest flip when negated,
# scaled like any negated word, except a negative phrase in a customer's turn, which then counts
# nothing: an agent's "your flight is not cancelled" reassures, a customer's "it's not about the
# delay" denies one complaint to make another, and denying a bad state asserts no good one. A
# negator that a phrase here takes in ("without a doubt", "never been so", "no one answered")
# belongs to that phrase and negates nothing after it.
#
# Tags
#   gratitude    thanks for an act of service ("thank you for rebooking me"): satisfaction with the
#                remedy, so it keeps its score beside the problem it remedied, unlike bare courtesy
#   praise       evaluative praise that, in a customer's turn, beside a stated problem reads as
#                sarcasm, as a general positive word does ("Cancelled again. You guys rock."), when it
#                opens its clause ("Really made my day."): idioms of delight, not thanks for a named
#                act or an outcome, which remedy the problem they sit beside; with a third party as
#                subject ("the agent at the desk made my day") it praises conduct in the trouble
#   clause-initial counts only opening a clause ("Booked for May, can't wait!", not "my mum is in
#                hospital and I can't wait")
#   minimiser    plays the sentence's problem down ("only five minutes"): its negative words count
#                half and its praise is not read as sarcasm
#   initial      counts only opening a sentence: an imperative ("Do better.", not "you'll do better
#                with the annual plan")
#   clause-final counts only closing a clause ("Good luck with that!", not "good luck with that
#                new office move")
#   fallback     counts, once, only in a sentence with no other word of sentiment (a word a
#                negation denied, or a courtesy word, asserts none), and takes in no word (its
#                negator still negates what follows): a cue whose sentiment the sentence's own words
#                decide when they have any ("I can't even log in" against "it isn't even working")
#   unmet        on a fallback that names the act not done ("they didn't even reply", "not even an
#                apology"): its sentence is also a negative situation for the sarcasm rule, so
#                praise beside it is sarcasm ("They didn't even apologise. Great job."); the bare
#                "not even" is not, for it is as often good news ("Not even a scratch. Great
#                packaging.")
@lexicon sentiment
@default negation=flip

# -- courtesy phrases that look negative to a general lexicon
no problem                                   | adjust | 2    | negation=ignore
(not a|no|not even a) (problem|bother|worries) | adjust | 2 | negation=ignore
no worries                                   | adjust | 1.5  | negation=ignore
(no|not a) big deal                          | adjust | 1    | negation=ignore
(do not|never) worry                         | adjust | 1    | negation=ignore
sorry to hear                                | adjust | 0    | negation=ignore
(i am|i'm|we are|so|really|very)? sorry (about|for) (that|this|the) | adjust | 0 | negation=ignore
i am afraid                                  | adjust | 0    | negation=ignore
(no|without) (charge|fee|cost)               | adjust | 1    | negation=ignore
no longer (charged|billed)                   | adjust | 1    | negation=ignore
(fixed|resolved|sorted) (it|that|this|the problem|the issue) | adjust | 2
# the base form is an agent's promise ("I'll fix that"); a customer's "please fix this" asks for it
(fix|resolve|sort) (it|that|this|the problem|the issue) | adjust | 2 | speaker=agent
problem (solved|fixed|resolved)              | adjust | 2    | negation=ignore
(issue|problem) (is|has been)? (solved|fixed|resolved|sorted) | adjust | 2 | negation=ignore
(what is|what's) the (problem|issue)         | adjust | 0    | negation=ignore
kill (the|it) (process|app|application)      | adjust | 0    | negation=ignore
(pretty|fairly) (good|well)                  | adjust | 2
# litotes, praise by denying the opposite: a negated negative word otherwise counts nothing
# (denying anger asserts no joy), but these are conventional understatement for "good"
not (a|as|half|too|that|so|all that)? (bad|shabby|painful|difficult|hard) | adjust | 1.5 | negation=ignore
(can not|could not) (even)? (complain|go wrong) | adjust | 1.5 | negation=ignore
no complaints                                | adjust | 1.5  | negation=ignore
# a customer absolving the agent or the company, as "no worries" does: courtesy, not complaint
(it is|it's|it was)? not (even)? (your|anyone's|their) fault | adjust | 1.5 | negation=ignore
(i am|i'm)? not (angry|upset|cross|annoyed|mad|frustrated) (with|at) you | adjust | 1.5 | negation=ignore
(you are|you're)? not to blame               | adjust | 1.5  | negation=ignore
no harm done                                 | adjust | 1.5  | negation=ignore
(do not|never) (apologise|apologize)         | adjust | 1.5  | negation=ignore
nothing to (apologise|apologize) for         | adjust | 1.5  | negation=ignore
no stress                                    | adjust | 1    | negation=ignore
(mistakes|these things|things like that) happen | adjust | 1 | negation=ignore
sorry to (bother|trouble) you                | adjust | 0    | negation=ignore
# self-deprecation is about the speaker, not the service ("I'm such an idiot, it was unplugged")
(i am|i'm|i feel|i felt) (so|such a|such an|a bit|a little|really)? (stupid|silly|dumb|daft|an idiot|idiot) | adjust | 0 | negation=ignore

# -- complaints a general lexicon misses
(cancelled|canceled|cancellation|cancelling|canceling) | adjust | -2
(delayed|delay|delays)                       | adjust | -2
(on hold|put on hold)                        | adjust | -1.5
(still|been|keep|kept) (waiting|holding)     | adjust | -2
(waited|waiting) (for|over)? * (hour|hours|days|weeks|minutes) | adjust | -2.5
(waited|waiting) (for|over)? (hours|days|weeks|ages|forever) | adjust | -2.5
(hours|forever|ages) (on hold|waiting)       | adjust | -2.5
(still|yet) (not|no|nothing|hasn't|haven't|didn't|doesn't|isn't) | adjust | -2 | negation=ignore
(does|did|is|was) not (work|working|arrive|arrived|load|connect|help) | adjust | -2 | negation=ignore
not working                                  | adjust | -2   | negation=ignore
never (arrived|came|received|got|showed up)  | adjust | -2.5 | negation=ignore
(no one|nobody) (called|answered|helped|responded|got back) | adjust | -2.5 | negation=ignore
(no|never got a) (response|reply|answer|refund) | adjust | -2 | negation=ignore
(charged|billed) (twice|double|again|wrong)  | adjust | -2.5
(overcharged|double charged|double-charged)  | adjust | -2.5
(lost|missing|damaged|broken|wrong) (my|the|our)? (bag|bags|luggage|package|parcel|order|item|baggage|suitcase) | adjust | -2.5
(broken|broke down|faulty|defective|crashed|crashing|glitch) | adjust | -2
(stuck|stranded)                             | adjust | -2
# (the customer's: an agent saying "I have rebooked you" reports a remedy)
(rebooked|rerouted|diverted|overbooked)      | adjust | -1.5 | speaker=customer
(missed|miss) (my|the|our) (flight|connection|appointment) | adjust | -2.5
(late|later than) (again|flight|arrival)     | adjust | -1.5
(no|not) (signal|service|internet|connection|power) | adjust | -2 | negation=ignore
(wait|waiting|hold) time                     | adjust | -1   | negation=ignore
(hang up|hung up)                            | adjust | -1.5
transferred (again|twice|three times)        | adjust | -2
(worst|terrible|horrible|awful) (service|experience|airline|company|customer service) | adjust | -4
(customer service|support) (sucks|is a joke) | adjust | -4   | negation=ignore

(late|later) (again|flight|arrival|departure|departing|arriving|arrive|leaving|landing|plane|by|for)? | adjust | -1.5
(late|delayed) (again|twice|every time) | adjust | -2.5
(can not|could not|unable to) (get through|get a hold|reach|talk to|speak to|speak with|get an answer|get anyone|rebook|change|book|check in|log in|find|get) | adjust | -2 | negation=ignore
(been|keep|kept|still) trying to             | adjust | -1.5
(nobody|no one|no one is|nobody is) (answering|answers|picks up|picking up|responding|responds|helping|helps) | adjust | -2.5 | negation=ignore
(busy signal|disconnected|dropped call|call dropped) | adjust | -2
(hour|hours|hr|hrs|minute|minutes|min|mins) (on hold|waiting|wait|in line|delay|delayed|late|layover) | adjust | -2.5
(waiting|waited|wait|hold|holding|sat|sitting|stuck) (for|over|more than)? (an|a|one|two|three|1|2|3|4|5)? (hour|hours|hr|hrs) | adjust | -2.5
(thanks|thank you) for nothing               | adjust | -3   | negation=ignore
# a complaint asked as a question ("why is my flight delayed again?"), the customer's: an agent's
# "why don't you try restarting it?" suggests, and "why is the light red?" diagnoses
why (is|are|was|were|do|does|did|can|would|will|has|have|is there|would not|will not|can not|do not|does not|did not|is not|are not|has not|have not|no) | adjust | -1.5 | negation=ignore speaker=customer

# -- complaints by principle. A customer states these to complain; an agent uses the same words to
#    inform ("you should have received an email"), so they match customer turns only. Each entry is
#    narrowed to the complaint reading: "where is my account number" or "I was told to call this
#    number" are enquiries, not complaints, and do not match.
# time spent waiting, with its duration, is time the customer has lost
(waited|waiting|held|stuck|sat|sitting) (for|over|almost|nearly|another|more than) * (hour|hours|hr|hrs|minutes|mins|days|weeks) | adjust | -2 | speaker=customer
on hold (for|over|almost|nearly|another|more than) * (hour|hours|hr|hrs|minutes|mins) | adjust | -2 | speaker=customer
(hours|hrs|minutes|mins) (on hold|stuck|waiting)  | adjust | -2 | speaker=customer
(hours|days|weeks) (late|overdue|behind schedule) | adjust | -2 | speaker=customer
# "still" with a state that should have changed by now
still (stuck|missing|lost|delayed|trying to|without|nowhere|broken|waiting) | adjust | -1.5 | negation=ignore speaker=customer
# asking where one's own delivery or money is means it has not arrived
(where is|where are) (my|our) (order|orders|refund|money|package|parcel|parcels|delivery|item|items|replacement|card|documents|papers|engineer|technician|driver|bag|bags|luggage|suitcase) | adjust | -1.5 | negation=ignore speaker=customer
# impatience asked as a question
how much longer                              | adjust | -2   | negation=ignore speaker=customer
# the company refuses or stays silent
(will|would|did|do|does|can|could) not (refund|honor|honour|answer|respond|reply|call back|bother|listen|compensate|let me|allow me) | adjust | -2 | negation=ignore speaker=customer
# keep(s) + verb of a failure or a runaround: a recurring failure
(keep|keeps|kept) (telling me|saying|asking me|changing|delaying|cancelling|canceling|losing|dropping|failing|crashing|charging) | adjust | -1.5 | speaker=customer
# citing a promise in a contact means it was broken
(was|were|been|you|they) promised            | adjust | -1.5 | negation=ignore speaker=customer
# a stated intention to leave is the strongest complaint a customer can make
never again                                  | adjust | -3   | negation=ignore speaker=customer
never (use|using|book|booking|buy|buying|order|ordering|recommend|recommending|choose|choosing) (you|your company|this company|your service|this service) | adjust | -3 | negation=ignore speaker=customer
never (use|using|book|booking|buy|buying|order|ordering|shop|shopping) (from|with|at) (you|your|this) | adjust | -3 | negation=ignore speaker=customer
(lost|losing) (a|another|your|one)? customer | adjust | -3   | negation=ignore speaker=customer
(switch|switching|switched|go|going|take my business|taking my business) (to|with) (a competitor|your competitor|your competitors|the competition) | adjust | -2.5 | negation=ignore speaker=customer
(go|going|take my business|taking my business|shop|shopping) elsewhere | adjust | -2.5 | negation=ignore speaker=customer
# (the company named as the object: "I won't be using that address anymore" is logistics)
(will|would|am going to|gonna|shall) (never|not) (be)? (fly|flying|use|using|book|booking|choose|choosing|buy|buying|order|ordering|recommend|recommending|travel|traveling|travelling) (you|your|with you|with your|from you|from your|them|again) | adjust | -3 | negation=ignore speaker=customer
# the same leaving in the progressive future ("I'm never flying with you again"); not "am not flying",
# which is today's plan
(am|are) never (ever)? (flying|using|booking|choosing|buying|ordering|recommending|travelling|traveling|shopping) (you|your|with you|with your|from you|from your|them|again|with them) | adjust | -3 | negation=ignore speaker=customer
(am|are) never (ever)? (flying|using|booking|choosing|buying|ordering|travelling|traveling|shopping) (with|from)? * again | adjust | -3 | negation=ignore speaker=customer
# ...and its infinitive ("I can't wait to never fly with you again", "time to never use them again")
to never (ever)? (fly|use|book|choose|buy|order|travel|shop) (with|from)? (you|your|them|this|that)? (airline|company|again) | adjust | -3 | negation=ignore speaker=customer
(never|not) to (fly|use|book|travel) (with)? * again | adjust | -3 | negation=ignore speaker=customer
# warning others off is leaving said to the world ("Don't book with them", "Do not fly this airline");
# an imperative, so only opening its sentence, and with the company as object ("don't fly with a
# cold", "don't book with them through the app" are advice)
(do not|do not ever|never ever) (fly|fly with|book with|travel with|bank with|shop with|buy from|use) (them|you|you guys|this airline|this company|this carrier|this bank|this shop|that airline|that company|that bank|that shop) | adjust | -3 | negation=ignore speaker=customer initial clause-final
(will|would) (never|not) (fly|use|book|choose|buy|order|recommend|travel) (with|from)? (this|that) (airline|company|carrier|bank|shop|store|provider|service|brand) | adjust | -3 | negation=ignore speaker=customer
(the)? last time (i|we) (will|am going to|are going to|ever) (fly|use|book|order|buy|travel|shop) | adjust | -3 | negation=ignore speaker=customer
# so is a stated intention to escalate: a formal complaint, a higher authority, a lawyer or the press
# (negation cancels: "I don't want to make a complaint"; asking how to reach head office is not a threat)
(file|filing|filed|make|making|lodge|lodging) a (formal)? complaint | adjust | -2 | negation=cancel speaker=customer
(take|taking) (this|it|the matter) (further|higher|higher up) | adjust | -2 | negation=cancel speaker=customer
(i will|i will be|i am going to|i am|we will|we will be|we are going to|we are) (call|calling|contact|contacting|email|emailing|write to|writing to) (corporate|head office|your ceo|the ceo|a lawyer|my lawyer|my attorney|the media|the press|the bbb) | adjust | -2 | negation=cancel speaker=customer
# a long stretch of time gone by, stressed as long ("it's been over 3 hours")
(it|its) (has|is)? been (over|almost|nearly|more than) * (hours|days|weeks|months) | adjust | -2 | negation=ignore speaker=customer
# the customer is left without what service should give: communication, help, information
(no|zero|poor|lack of) (communication|customer service|support|notice|information|info|help|assistance) | adjust | -2 | negation=ignore speaker=customer
(left|leaving|leave) (us|me|everyone|customers)? (stranded|hanging|in the dark) | adjust | -2 | speaker=customer
# saying one deserved better, or was mistreated, means the service fell short
(deserve|deserved|expected|expect) better    | adjust | -2 | negation=ignore speaker=customer
(treat|treated|treating|treats) (us|me|customers|people) like (dirt|garbage|rubbish|trash|crap|an idiot|idiots|a criminal|criminals|a number|cattle) | adjust | -2.5 | speaker=customer
(treat|treated|treating|treats) (us|me|customers|people) (poorly|badly|terribly|rudely) | adjust | -2.5 | speaker=customer
# being made to bear a cost the company caused
had to (pay again|pay twice|pay extra|buy another|buy a new|take time off|take a day off|reschedule|rebook|cancel) | adjust | -1.5 | speaker=customer
# written interjections of exasperation the general lexicon lacks (it has "ugh" and "sigh")
(smh|argh|fml|grr|grrr|facepalm)             | adjust | -2   | negation=ignore speaker=customer
# slowness is waiting by another name
(too|so|painfully|ridiculously|extremely|incredibly) slow | adjust | -1.5 | speaker=customer
(taking|takes|took|taken) (so|too|this|that|way too) long | adjust | -1.5 | speaker=customer
# understatement by "less than": the quality named is the one that was missing ("the rep was
# pleasant but less than helpful"); any speaker ("I know this is less than ideal")
less than (helpful|friendly|pleasant|polite|courteous|professional|impressed|pleased|happy|satisfied|thrilled|ideal|stellar|great|good|useful|satisfactory|accommodating|efficient|honest|clear|perfect|smooth|enthusiastic|welcoming|reliable|competent) | adjust | -2 | negation=ignore
# overcharging named as theft
(rip-off|ripoff|rip-offs|ripoffs)            | adjust | -2.5 | negation=ignore
(rip|rips|ripped|ripping) (me|us|you|people|customers|everyone|them|him|her)? off | adjust | -2.5 | negation=cancel
# being lied to or ignored (the general lexicon has only "lied" and "ignored")
(lie|lied|lying) to (me|us|customers|people) | adjust | -2.5 | speaker=customer
(that is|all|more|telling|told me|told us) (lies|a lie) | adjust | -2 | speaker=customer
(are|is|keep|kept|keeps|been|just) ignoring  | adjust | -2   | speaker=customer
# calling the service a joke, or citing one's own loyalty, is a complaint, not humour or praise
(what a|such a|is a|is such a|are a|total|complete|absolute|bad) joke | adjust | -2 | negation=ignore speaker=customer
(loyal|long time|longtime|frequent|valued) (customer|customers|flyer|flyers|member|members) | adjust | 0 | negation=ignore speaker=customer
# judging that a failure has no excuse, or asking whether anyone even cares
(no|what an|what a poor|lame|poor) (excuse|excuses) | adjust | -2 | negation=ignore speaker=customer
(do|does|did) (you|anyone|anybody|they) even | adjust | -1.5 | negation=ignore speaker=customer
# not even the least that was expected: "even" under negation puts its focus at the bottom of a
# scale of expectations (Karttunen & Peters 1979; Kay 1990), so a customer saying it states an
# expectation unmet ("they didn't even apologise", "I can't even log in", "not even a reply").
# Tag fallback: the phrase counts only in a sentence with no other word of sentiment, and takes
# in no word, so its negator still negates what follows; where the negated words carry sentiment
# of their own ("it isn't even working", "I can't even tell you how happy I am"), "even" only
# strengthens them, and they decide
(not|never) even                             | adjust | -1.5 | negation=ignore speaker=customer fallback
(not|never) even (apologise|apologize|apologised|apologized|say sorry|said sorry|get someone|get anyone|get anybody|get a person|get a human|get hold of|reach|speak to|talk to|receive|received|hear back|heard back|reply|replied|respond|responded|answer|answered|acknowledge|acknowledged|call|called|call back|called back|ring|rang|ring back|rang back|email|emailed|text|texted|turn up|turned up|show up|showed up|bother|bothered|listen|listened|look at|looked at|read|check|checked|explain|explained|log in|sign in|get through|got through|connect|work|works|worked|load|loads|arrive|arrived|deliver|delivered|ship|shipped) | adjust | -1.5 | negation=ignore speaker=customer fallback unmet
not even (a|an|one|the) (reply|response|answer|call|call back|callback|phone call|text|email|apology|sorry|word|update|acknowledgement|acknowledgment|thank you|explanation|refund|voucher|discount) | adjust | -1.5 | negation=ignore speaker=customer fallback unmet
# not even needed: an effort or a cost avoided is relief, the inverse of the effort cue ("I didn't
# even have to call back", "it didn't even cost anything"), and so is a named effort avoided
# without "even" ("I didn't have to wait at all", "I never had to repeat myself"); "I shouldn't
# have to call again" is a complaint and does not match
(did not|do not|does not|will not|would not|was not|is not|never) even (have to|had to|need to|needed to) | adjust | 1 | negation=ignore speaker=customer
(did not|do not|will not|never) (have to|had to|need to|needed to) (wait|queue|hold|call|call back|ring|ring back|chase|follow up|repeat|explain|come back|go back|go in|fill in|fill out|pay) | adjust | 1 | negation=ignore speaker=customer
no need to (wait|queue|hold|call|call back|ring|ring back|chase|follow up|repeat|explain|come back|go back|go in) | adjust | 1 | negation=ignore speaker=customer
(did not|does not|will not|would not|never) even (cost|charge|charged|take long|took long|hurt) | adjust | 1 | negation=ignore speaker=customer
# a task done in less time than named is speed, the same relief ("it didn't even take five
# minutes"); with a person as the subject it is a refusal ("they didn't even take five minutes to
# read my claim", "he wouldn't even take a minute to check"), which the bare "not even" reads
(it|this|that|which|everything) (did not|does not) even (take|took) (a|an|one|two|five|ten|a few|a couple of)? (second|seconds|minute|minutes|hour|hours|day|days) | adjust | 1 | negation=ignore speaker=customer
# the bad outcome whose speed is told ('...for the app to crash again', '...for them to hang up on me');
# not "to freeze my card", "to go down to the branch", "to die for", which are no outcome
for (the|your|my)? * to (crash|crash again|stop working|break again|fail again|hang up on me|hang up on us|cut me off|put me on hold) | adjust | -3 | speaker=customer
# the customer's own plan, need or discovery is no expectation of the service ("I haven't even
# opened it yet", "I didn't even know you had that feature"); "not even kidding" vouches for what
# is said, and "I'm not even mad" denies anger
(i|we) (did not|have not|had not|never) even (know|knew|realise|realize|realised|realized|notice|noticed|expect|expected|think|thought|open|opened|book|booked|use|used|try|tried|start|started|look|looked|need|needed|go|gone|been) | adjust | 0 | negation=ignore speaker=customer
(i|we) (do not|does not) even (need|use|mind) | adjust | 0 | negation=ignore speaker=customer
not even (kidding|joking|lying|mad|angry|upset|bothered) | adjust | 0 | negation=ignore speaker=customer
# a short time, or a failure not met once, plays the problem down ("not even five minutes and it
# was fixed", "not even once since the fix")
not even (a|an|one|two|five|ten|1|2|5|10|a few|a couple of)? (second|seconds|minute|minutes|hour|hours|day|days|week|weeks|once) | adjust | 0 | negation=ignore speaker=customer minimiser
# bewilderment at an unexplained situation
(what|wtf) is (going on|the holdup|the hold up) | adjust | -1.5 | negation=ignore speaker=customer
# an expectation stated in the past was not met ("it should have arrived", "it was supposed to")
should have (been|arrived|received|come|had|gotten|heard|got) | adjust | -1.5 | negation=ignore speaker=customer
(was|were) (supposed|meant) to               | adjust | -1.5 | negation=ignore speaker=customer
(have|has) yet to                            | adjust | -1.5 | negation=ignore speaker=customer
# an effort the customer says they should not bear is one they bore ("I shouldn't have to call
# three times"), the counterpart of "should have"
(should not|ought not to|ought not) (have to|need to) | adjust | -1.5 | negation=ignore speaker=customer
# a reported promise of what would happen ("I was told it would arrive Monday") is one that was broken;
# being told what to do ("I was told to call this number") is not
(i was|we were|i have been|we have been|i got|we got) told (that)? (it|the|my|our|i|we|this|they|you|someone|somebody) (would|will|was|were|should|could) | adjust | -1.5 | negation=ignore speaker=customer
# exasperated questions: the customer cannot see how to go on, or whether anyone is there
how (am i|are we|is one) supposed to         | adjust | -2   | negation=ignore speaker=customer
what (am i|are we) supposed to do            | adjust | -2   | negation=ignore speaker=customer
(is|are) (anyone|anybody|someone|somebody) (there|listening|answering) | adjust | -1 | negation=ignore speaker=customer
how come                                     | adjust | -1.5 | negation=ignore speaker=customer
# a counterfactual past names what the service should have done and did not ("it would have been
# nice to get a call", "you could have told us"), as "should have" does; "could have been worse"
# is relief and does not match
(would|could|might) have been (nice|good|great|helpful|better|appreciated|useful|courteous|polite|decent) | adjust | -1.5 | negation=ignore speaker=customer
(would|could|might) have helped              | adjust | -1.5 | negation=ignore speaker=customer
(should|could) have (told|called|informed|warned|notified|let|emailed|texted) (me|us) | adjust | -1.5 | negation=ignore speaker=customer
# the company's silence: contact left without an answer ("they have not responded", "I heard nothing")
(have not|has not|had not|did not|never|still have not|still has not) (responded|replied|answered|called back|called me back|gotten back|got back|heard back|heard anything|heard a thing|heard from you|heard from anyone|heard from them) | adjust | -2 | negation=ignore speaker=customer
(not|stopped|never) (responding|replying|answering|picking up) | adjust | -2 | negation=ignore speaker=customer
(heard|received|got|gotten|have had) (nothing|none|no reply|no response|no answer|no answers|no word|no update|no updates|no call|no callback|no call back) | adjust | -2 | negation=ignore speaker=customer
# no one there to serve: staff absent or too few for the queue
(no|not a single|not one) (agent|agents|staff|employee|employees|representative|representatives|rep|reps|crew|pilot|gate agent) (at|on|in|to|available|working|around|anywhere|in sight|here|there) | adjust | -2 | negation=ignore speaker=customer
(nobody|no one) (is|was|were)? (at|behind|manning|working|on) (the)? (desk|counter|gate|phones|phone|check in|check-in|line) | adjust | -2 | negation=ignore speaker=customer
(only|just) (one|1|two|2) (agent|agents|person|people|staff|employee|employees|desk|desks|counter) (working|on duty|open|at the desk|at the counter|on the desk|manning|for) | adjust | -2 | negation=ignore speaker=customer
(not enough|understaffed|short staffed|short-staffed) | adjust | -1.5 | negation=ignore speaker=customer
# held in place: still at a point of the journey that should be behind the customer by now
still (sitting|sat|parked|on the ground|on the tarmac|on the runway|on the plane|at the gate|at the airport|in the airport|in line|in the queue|queuing|queueing|not moving|no word|no update|no news) | adjust | -2 | negation=ignore speaker=customer
(sitting|sat|stuck|waiting|held) (on|at|in) (this|our|a|the) (tarmac|runway|plane|gate|airport|bus|queue|line) | adjust | -2 | speaker=customer
# taking one's custom to another company is the stated intention to leave, said without "competitor"
(fly|flying|book|booking|go|going|choose|choosing|use|using|switch|switching|switched|travel|be on|be with|stick with) (with|to|on)? (another|a different|a better|a competing|any other) (airline|carrier|company|provider|bank|supplier|network|service) | adjust | -2 | negation=ignore speaker=customer
(probably|definitely|certainly|surely)? the last time (i|we) (ever)? (fly|book|order|travel|shop) (with|from) | adjust | -3 | negation=ignore speaker=customer
(will|would|am going to|gonna) never (choose|want) to (fly|use|book|travel|order|buy) | adjust | -3 | negation=ignore speaker=customer
# the company going silent after a contact
(you|you guys|they|the company|customer service|support|everyone) (go|goes|went|have gone|has gone|are going|just went) (quiet|silent|dark) | adjust | -2 | negation=cancel speaker=customer
(no one|nobody) (will|would|wants to|bothered to|is willing to|cares|seems to care) | adjust | -2.5 | negation=ignore speaker=customer
# telling the company to improve is judging that it fell short ("get your act together", "do better")
(get|got) (your|their|its|it) (act)? together | adjust | -2 | speaker=customer
(you|you guys|they|y'all|you all|please|must|need to|needs to|should|gotta|have to|ought to) do better | adjust | -2 | negation=cancel speaker=customer
(do|be) better                               | adjust | -2   | initial clause-final speaker=customer
step up (your|their|its) game                | adjust | -1.5 | speaker=customer
# a well-wish for what the customer expects to fail is a dismissal ("call this number" "Good luck with that!")
good luck with that                          | adjust | -1.5 | clause-final speaker=customer
(hire|train|employ|get) (more|better|some) (staff|agents|people|employees|crew|representatives|reps) | adjust | -1.5 | negation=cancel speaker=customer
(better)? train your (staff|agents|people|employees|crew|representatives|reps) | adjust | -1.5 | negation=cancel speaker=customer
(you|you guys|they|your company|your staff) (need to|needs to|should|must|have to|has to|gotta|ought to) (fix this|fix it|fix your|do something|sort this|sort it|honor|honour|train|hire|learn|improve|get your) | adjust | -1.5 | negation=cancel speaker=customer
# mistreatment reported in the passive ("we were treated rudely")
(was|were|been|being|get|got|am|are) treated (so|very|rather|really|quite|extremely)? (poorly|badly|terribly|rudely|disrespectfully|unfairly|horribly|appallingly|awfully) | adjust | -2.5 | speaker=customer
# a remedy refused, as reported by the customer ("they told me there was nothing they could do")
(told me|told us|said|says|saying|tell me|telling me|keep saying) (that)? (there is|there was|there's|theres)? nothing (they|he|she|we|anyone|anybody|you) (can|could) do | adjust | -2 | negation=ignore speaker=customer
# futility: the service defeats its own purpose
(what is|what's) the point (of|in) (paying|having|calling|asking|being|booking|buying|trying|even) | adjust | -1.5 | negation=ignore speaker=customer
# a connection or flight not made
(did not|could not|will not|would not|never|not going to|am not going to) make (my|our|the|it to my|it to the) (connection|connecting flight|flight|appointment) | adjust | -2.5 | negation=ignore speaker=customer
# waiting with its duration, in the other ways it is written and said ("waiting 20 mins", "a 40 minute queue")
(waited|waiting|queued|queuing|queueing|holding|sitting|sat|stuck|standing|stood) (now)? (for)? (over|almost|nearly|more than|another)? * (min|mins|minutes|hour|hours|hr|hrs) | adjust | -2 | speaker=customer
(min|mins|minute|minutes|hour|hours|hr|hrs) (queue|wait) | adjust | -2 | speaker=customer
# excess: too long, too often ("it happens far too often")
(way|far|much|is|was|are|were|happens|happened|it is|that is) too (long|often) | adjust | -1.5 | speaker=customer

# -- requests and courtesy: politeness, not sentiment ("please help", "I would like", "thanks in advance")
(please|pls|plz)                             | adjust | 0    | negation=ignore
(can|could|would|will) (you|someone|anyone|somebody) (please)? help | adjust | 0 | negation=ignore
(need|needs|needed|want|wanted|get|getting|any|some) (help|assistance) | adjust | 0 | negation=ignore
help (me|us)                                 | adjust | 0    | negation=ignore
(help|helping)                               | adjust | 0    | negation=ignore speaker=customer
# ... which, refused or failing, is a complaint ("you're not helping", "you didn't take care of it")
(is not|are not|was not|were not|not|did not|does not|do not|will not|would not|never) (help|helping|take care of) | adjust | -2 | negation=ignore speaker=customer
(thanks|thank you|tia) in advance            | adjust | 0    | negation=ignore
(would|should) (like|love)                   | adjust | 0    | negation=ignore
(want|wants|wanted)                          | adjust | 0    | negation=ignore
# a hope is a wish about an uncertain outcome, not satisfaction ("I hope my bag turns up")
(hope|hoping|hoped|hopefully)                | adjust | 0    | negation=ignore
# enquiries and names that borrow positive words: asking for a chance, interest, the best way, a care department
(chance|chances)                             | adjust | 0    | negation=ignore
interested in                                | adjust | 0    | negation=ignore
the best (way|time|number|option|place|route|person) to | adjust | 0 | negation=ignore
(customer|guest) care                        | adjust | 0    | negation=ignore
# words whose service sense is no evaluation: loyalty-programme terms ("award ticket", "gold
# member"), "what kind of", "take care of" (handle) and "no matter"
(award|awards|gold|platinum|silver)          | adjust | 0    | negation=ignore
(what|which|any|some|this|that|the same) kind of | adjust | 0 | negation=ignore
(take|takes|took|taking|taken) care of       | adjust | 0    | negation=ignore
(no|what is the) matter                       | adjust | 0    | negation=ignore
# a support department or an interest charge names a service, not a feeling ("I called tech support
# three times", "they charged me interest")
(customer|tech|technical|it) support         | adjust | 0    | negation=ignore
support (team|desk|line|agent|agents|staff|department|ticket|chat|number|email) | adjust | 0 | negation=ignore
interest (rate|rates|charge|charges|payment|payments) | adjust | 0 | negation=ignore
(charge|charged|charging|pay|paid|paying) (me|us|you)? interest | adjust | 0 | negation=ignore
# answer particles confirm, they do not evaluate ("yes, that is my booking")
(yes|yeah|yep|yup)                           | adjust | 0    | negation=ignore
# degree and courtesy formulas that borrow positive words: "pretty sure", "feel free to"
pretty (sure|much|certain)                   | adjust | 0    | negation=ignore
feel free                                    | adjust | 0    | negation=ignore
# a company's name, not a feeling: AFINN scores "united" +1, and in service talk it is United
# Airlines, UnitedHealthcare, United Utilities far more often than unity ("United lost my bag")
united                                       | adjust | 0    | negation=ignore
# "can't stand" (AFINN-165: -3) reaches wink-sentiment's word list as a bare "stand": -3 for "please
# stand by", "I stand corrected", "where do we stand", "stand in line", and 0 for "I can't stand it"
# (a negated negative word asserts nothing in a customer's turn). The idiom keeps AFINN's score.
stand                                        | adjust | 0    | negation=ignore
(can not|could not) (stand|bear) (it|this|that|them|him|her|you|the|your|their|being|waiting|dealing|talking)? | adjust | -3 | negation=ignore
# shock, which AFINN does not list ("I'm still a bit shaken"); said by the customer
(shaken|shaken up|shook up|rattled)          | adjust | -2   | speaker=customer
(rattled|rattles|rattling) (off|around|round|about|away|on|when|as|a bit|a little|slightly|inside|in) | adjust | 0 | negation=ignore
(shook up|shake up|shaking up|shaken up) (the|a|it|your|my|well|before) | adjust | 0 | negation=ignore
# a hotel's or a building's lobby, not lobbying (AFINN -2)
(lobby|lobbies)                              | adjust | 0    | negation=ignore
# names of things and acts, not evaluations: "a death certificate", "fail over to the backup",
# "something for the pain"
(death certificate|death certificates|failover|fail over|failing over|failed over) | adjust | 0 | negation=ignore
(something|medication|medicine|painkillers|pain relief|tablets) for (the|her|his|my|your|their)? pain | adjust | 0 | negation=ignore
# an idiom of delight that AFINN reads as death ("the food was to die for"; "nothing to die for")
to die for                                   | adjust | 3
# nobody there to serve, closing its clause ("Arrived at LAX and no GATE!", "but no ground crew.");
# with a word after it, problem.lex reads it ("no gate agent at the desk")
(no|without) (gate|gate agent|jetway|jet bridge|ground crew|crew|pilot) | adjust | -2 | negation=ignore speaker=customer clause-final
# formulaic sign-offs
(best|kind|warm) regards                     | adjust | 0    | negation=ignore
# "like" as a preposition or a filler before a quantity ("for like two hours"), not a liking
(look|looks|looked|looking|seem|seems|seemed|sound|sounds|sounded|feel|feels|felt|something|anything|nothing|just|things|stuff|more|less|for|over|about|after|took|takes|taking|waited|waiting|in) like | adjust | 0 | negation=ignore

# -- thanks and praise the general lexicon underrates
thank you (so|very)? much                    | adjust | 3    | negation=ignore
(thanks|thank you) (a lot|a million|so much) | adjust | 3    | negation=ignore
(you have|you've) been (very|so|really)? helpful | adjust | 3 | negation=ignore
(really|truly|greatly|much)? appreciate (it|that|your help|you) | adjust | 2.5 | negation=ignore
(got|get) (it|this|that) sorted              | adjust | 2
(all|you are|you're) (set|sorted)            | adjust | 1.5  | negation=ignore
# accepting an offer: "that would be great" answers what the agent proposed (an irrealis "an update
# would be great" wishes for something not given, and scores nothing)
(that|it|this) (would|will) be (great|perfect|amazing|lovely|wonderful|brilliant|fantastic|awesome|fine|good|helpful) | adjust | 2 | negation=ignore
# litotes: the negated comparative is the strongest praise ("could not be happier")
(could|can) not (be|have been) (happier|more pleased|more satisfied|more grateful|more thankful|more helpful|more kind|kinder|more patient|more professional) | adjust | 3 | negation=ignore praise
(have|has|had)? never (felt|been|had it) (better|happier|more pleased|more welcome|more cared for|better looked after|better taken care of|so well looked after) | adjust | 3 | negation=ignore
(have|has|had)? never (got|gotten|had|received) (better|friendlier|more helpful) (service|help|treatment|support|care|customer service) | adjust | 3 | negation=ignore
# ...but happier since leaving, or to leave, is leaving ("Things have never been better since I left
# you", "never been happier to cancel a contract"); "it never got better" is no praise at all
(have|has|had)? never (felt|been) (better|happier|more pleased|more glad) (since|after) (i|we) (left|switched|cancelled|canceled|moved|closed|ditched) | adjust | -3 | negation=ignore speaker=customer
(have|has|had)? never (felt|been) (happier|more pleased|more glad) to (cancel|leave|switch|close|hang up|be rid|get rid) | adjust | -2 | negation=ignore speaker=customer
(could|can) not (be|have been|have gone|go) better | adjust | 3 | negation=ignore praise
(could|can) not (have)? (ask|asked) for (a better|better|more) | adjust | 3 | negation=ignore
(could|can) not (do|find) better             | adjust | 2    | negation=ignore
on time                                      | adjust | 1.5
(smooth|easy|quick) (flight|process|fix)     | adjust | 2

# gratitude for an act of service names what was done ("thank you for rebooking me"): satisfaction
# with the remedy, not courtesy, so it keeps its score beside the problem it remedied (tag gratitude)
(thanks|thank you|thx|grateful|thankful) (so much|very much|again)? for (your|the|all your|all the)? (help|helping|fixing|rebooking|sorting|resolving|finding|taking care|looking after|responding|replying|following up|refunding|the refund|the credit|the quick response|the fast response|the quick reply|the update|the updates|accommodating|getting back|getting me|getting us|understanding|assistance|support|patience|holding|waiting) | adjust | 3 | negation=ignore gratitude
# praise idioms of service the general lexicon lacks
(shout out|shoutout|shout-out|props|hats off|big thanks|special thanks|huge thanks) (to)? | adjust | 2.5 | negation=ignore
above and beyond                             | adjust | 3    | negation=ignore
# a worry or a hassle taken away is relief, the inverse of the problem it names ("you take all the
# stress away", "took the hassle out of it", "crisis averted")
(take|takes|took|taking|taken) (all|all of)? the (stress|hassle|worry|pain|headache|panic) (away|out of) | adjust | 2
(take|takes|took|taking|taken) away (all)? the (stress|hassle|worry|pain|headache|panic) | adjust | 2
(crisis|disaster|catastrophe|panic) (averted|avoided) | adjust | 2
(a|such a|what a|real) class act             | adjust | 3    | negation=ignore praise
(you|you guys|they|she|he|your staff|your team|the crew) (rock|rocked) | adjust | 3 | negation=ignore praise
(saved|save) (the|my|our) (day|trip|holiday|vacation) | adjust | 3 | negation=ignore
made (my|our|his|her|their|everyone's) (day|week|trip|morning|evening) | adjust | 3 | praise
(go|goes|went|gone|going) out of (his|her|their|your|the|its) way | adjust | 2.5 | negation=ignore
# eager anticipation, the idiom "can't wait (to fly with you again)", not a wait refused; beside a
# stated problem it is sarcasm like any praise ("Delayed three hours. Can't wait to fly with you again!").
# Alone it is eager only as a clause of its own ("Booked for May, can't wait!"); "my mum is in
# hospital and I can't wait" and "the courier can't wait" are literal
(i|we)? (just|really|seriously|honestly|so)? (can not|cannot) wait | adjust | 2 | negation=ignore clause-initial clause-final praise
(i|we)? (just|really|seriously|honestly|so)? (can not|cannot) wait to (fly|travel|see|visit|try|use|book|board|experience|meet|hear|start|come back|fly with|travel with) | adjust | 2 | negation=ignore praise
(i|we)? (just|really|seriously|honestly|so)? (can not|cannot) wait for (my|our) (next|first)? (trip|vacation|holiday|flight|honeymoon|visit|weekend|cruise|getaway|adventure) | adjust | 2 | negation=ignore praise
# ...but a wait refused is impatience ("I can't wait any longer", "I can't wait on hold all day"), and
# so is waiting for word or to see what happens ("can't wait to hear back, it's urgent", "can't wait
# to see how long the refund takes this time", "can't wait to see the back of you", "can't wait to
# try again next week")
(i|we)? (just|really|seriously|honestly|so)? (can not|cannot) wait (any longer|anymore|any more|much longer|forever|all day|on hold|in line|here|around|that long|so long|another) | adjust | 0 | negation=ignore
(i|we)? (just|really|seriously|honestly|so)? (can not|cannot) wait to (hear back|hear from|see how|see what|see if|see whether|see when|see the back|try again) | adjust | 0 | negation=ignore
# a positive outcome of service: the customer was got where they needed to be, or made it
(got|get|gets|getting|gotten) (me|us|my family|everyone) (on|onto) (a|an|the|another|my|our|an earlier|the next) | adjust | 2
(got|get|gets|getting|gotten) (me|us|my family|everyone) (home|there|back home) | adjust | 2
(i|we) (finally|just|actually)? made it (home|back|in time|on time) | adjust | 2
made (my|our|the) (connection|connecting flight|flight|train|appointment) | adjust | 2

# -- intensifiers and dampeners (weights are factors)
(very|really|so|extremely|incredibly|absolutely|totally|completely|utterly|super) | intensifier | 1.4 | negation=ignore
(most|truly|seriously|deeply|especially)     | intensifier | 1.3 | negation=ignore
(a bit|a little|slightly|somewhat|kind of|sort of|fairly|rather|mildly|pretty) | dampener | 0.5 | negation=ignore
# affirmations and emphasis built on a negator: "without a doubt the best", "never been so angry"
# (VADER's "never so" / "never this": the negator emphasises, it does not negate), "not only ... but"
(without|no|beyond) (a|any)? (doubt|question) | intensifier | 1.3 | negation=ignore
never (been|felt|had|seen|experienced|received|met)? (so|this|such|more) | intensifier | 1.25 | negation=ignore
never (had|seen|experienced|received|met|been on) (a|an)? better | adjust | 3 | negation=ignore
never (had|seen|experienced|received|met|been on) (a|an)? worse | adjust | -3 | negation=ignore
(not only|nothing but)                       | adjust | 0    | negation=ignore
# litotes: a worse outcome that did not happen is relief ("it could have been worse")
(could|might) have been (a lot|much|far)? worse | adjust | 1 | negation=ignore
# a minimiser before a short duration plays the problem down ("the delay was only five minutes",
# "I just waited a few minutes"): the sentence's negative words count half (tag minimiser)
(only|just|barely) (waited|been waiting|waiting|had to wait|on hold for|on hold|held for)? (a|a few|a couple of|one|two|three|four|five|ten|1|2|3|4|5|10)? (min|mins|minute|minutes|second|seconds|secs) | adjust | 0 | negation=ignore minimiser
# a stated outage or price jump the general lexicon scores nothing
(hours|days|weeks|months) without (internet|broadband|wifi|power|heating|hot water|signal|a connection) | adjust | -2 | speaker=customer
(bill|price|premium|tariff) (that)? (doubled|tripled) | adjust | -2 | speaker=customer
