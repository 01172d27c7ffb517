# problem.lex: problem statements by the customer (detector `empathy`: the turn is an empathy
# opportunity even when said calmly; detector `activeListening`: an agent question right after it
# is a clarifying one).
#
# Categories say what kind of problem, for evidence only (every category opens an opportunity):
#   malfunction  something does not work ("not working", "keeps crashing", "error")
#   billing      wrong or duplicate charges
#   delivery     orders, parcels, luggage: missing, late, wrong
#   service      cancellations, delays, waiting, being passed around
#   access       cannot log in, locked out, cannot reach anyone
#   generic      "a problem with", "something went wrong"
# Only customer turns are matched. Phrases that carry their own negator ("doesn't work", "never
# arrived", "can't log in") use negation=ignore; the others are cancelled by a negation ("it's not
# broken", "nothing is missing").
@lexicon problem
@default negation=cancel speaker=customer

# -- malfunction
(does not|do not|did not|is not|are not|was not|will not|would not|can not|could not) (work|working|load|loading|connect|connecting|turn on|start|starting|charge|charging|open|print|sync|respond|go through|update|install) | malfunction | 1 | negation=ignore
(not|stopped|stop|quit) working                              | malfunction | 1 | negation=ignore
(broken|broke|faulty|defective|damaged|cracked|smashed|dead|crashed|crashing|crashes|froze|freezes|frozen|glitchy|malfunctioning) | malfunction | 1
keeps (crashing|failing|dropping|freezing|disconnecting|happening|breaking|cutting out|logging me out|restarting|rejecting|declining) | malfunction | 1
(error|errors|error message|error code|glitch|bug|outage) | malfunction | 1
# what worked until a day is what broke that day ("it was fine until last week", "worked perfectly
# until the update")
(was|were|been) (fine|working fine|working perfectly|perfectly fine|okay|ok) (until|till|up until|up to) | malfunction | 1
(was|were|been) (fine|working fine|working perfectly|perfectly fine|okay|ok) (until|till|up until|up to) now | malfunction | 0
(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|tomorrow|today) (was|is) (fine|okay|ok) (until|till|up until|up to) | malfunction | 0
(they|we) were (working|at work|out) (until|till|up until) * | malfunction | 0
(it|this|that|everything|they|which|the app|the phone|the router|the card) (worked|was working|were working) (fine|perfectly|okay|ok|great)? (until|till|up until) | malfunction | 1
# what the customer had is gone ("your app deleted all my photos", "the update wiped my contacts")
(deleted|wiped|erased|lost) (all)? (of)? (my|our) (photos|pictures|files|data|emails|messages|contacts|documents|work|progress|notes|videos|music|texts|history) | malfunction | 1
(i|we|i have|we have|i had|i already|i have already|i just) (deleted|wiped|erased) (all)? (of)? (my|our) | malfunction | 0
# a record that stands still ("the tracking hasn't updated in a week")
(tracking|tracker|link|parcel|package|order|delivery|status|claim|case|complaint|application|refund|ticket|shipment|bag|luggage|it) (has not|have not|had not) (been)? (updated|moved) (in|for|since) | delivery | 1 | negation=ignore
(went|has been|have been|been|is still|keeps going|keep going) down | malfunction | 1
(website|site|app|system|systems|server|servers|network|portal|phone lines|phone line|checkout|payment page|card machine|booking system|broadband|internet|wifi|email|emails) (is|are|was|were|seems|seem|seems to be|appears to be|is still|are still|still) down | malfunction | 1
(email|emails|broadband|internet|wifi|card machine|checkout) (is|are|was|were) down (as|to|in price|by|the) | malfunction | 0
(is|are|was|were) (your|the|their) (website|site|app|system|systems|server|servers|network|portal|phone lines|phone line) down | malfunction | 1
(is|was|are|were) down (again|since|for|all)                 | malfunction | 1
(website's|site's|app's|system's|server's|network's|portal's) (still)? down | malfunction | 1
# (a place or a record, not an outage: "the site is down the road", "the servers are down in the basement", "the system has it down as paid")
(website|site|app|system|systems|server|servers|network|portal|website's|site's|app's|system's|server's|network's|portal's) (is|are|was|were)? down (the road|the street|the hall|the corridor|the stairs|stairs|as|in the basement|in the cellar|in the cupboard|in the loft|in the office) | malfunction | 0
(is|are|was|were) (your|the|their) (website|site|app|system|systems|server|servers|network|portal) down for (maintenance|planned maintenance|an upgrade|upgrades) (on|this|next|tomorrow|tonight) | malfunction | 0
(no|lost) (signal|service|internet|connection|power|dial tone|wifi) | malfunction | 1 | negation=ignore
(declined|rejected|bounced|failed)                           | malfunction | 1

# -- billing
# a price rise told to the company that set it ("my renewal has gone up by forty percent"); a rise in
# speed, a limit or a rate of interest is no complaint, and is not listed
(price|prices|bill|bills|premium|premiums|renewal|renewal quote|quote|tariff|direct debit|monthly payment|payments|charges|fees|rent|subscription|cost|costs) (has|have|had|is|are)? (gone up|went up|risen|increased|doubled|tripled|jumped|shot up|gone through the roof) | billing | 1 | clause-final
(price|prices|bill|bills|premium|renewal|tariff|direct debit|payments|charges|fees|rent|subscription|cost) (has|have|is|are)? (gone up|went up|risen|increased|doubled|jumped|shot up) (by|to|again|from|without|for no reason|so much|over|since|in) | billing | 1
(price|prices|bill|bills|premium|premiums|renewal|quote|tariff|direct debit|payments|subscription) (has|have|is|are)? (suddenly|just|now|already) (gone up|went up|risen|increased|doubled|jumped|shot up) | billing | 1
(house|petrol|fuel|food|property|market|share|stock|supermarket|shop|train|bus) (price|prices|cost|costs|fares) (has|have|had)? (gone up|went up|risen|increased|doubled|tripled|jumped|shot up|gone through the roof) | billing | 0
(charged|billed) (me)? (twice|double|two times|again|wrong|too much|for something|for nothing|extra|after i cancelled|even though) | billing | 1
(overcharged|double charged|double-charged|double billed|wrong charge|wrong amount|wrong bill|incorrect charge|extra charge|hidden fee|unexpected charge|unauthorized charge|unauthorised charge) | billing | 1
(still|have not|has not|never) (been)? (refunded|credited|reimbursed) | billing | 1 | negation=ignore
(where is|waiting for) my (refund|money|credit)              | billing | 1

# -- delivery
(never|still not|still have not|still has not|have not|has not|did not|still did not|still do not|do not|does not) (arrived|arrive|arrives|received|receive|got|get|gotten|come|came|shipped|ship|showed up|show up|turned up|heard back|been delivered|been shipped) | delivery | 1 | negation=ignore
never arrives (late|damaged|broken) | delivery | 0 | negation=ignore
(my|our)? (salary|wages|pay|pension|benefits) (never|does not|do not) (arrive|arrives|come|comes) | delivery | 0 | negation=ignore
(lost|missing|stolen) (my|the|our|a)? (bag|bags|luggage|package|parcel|order|item|items|card|baggage|suitcase|delivery|shipment|phone|wallet|passport) | delivery | 1
(lost|missing|stolen)                                        | generic | 0.5
(wrong|incorrect) (item|items|order|size|colour|color|address|product|information|details|part|model) | delivery | 1
# what the customer is still without, and what no one can find ("I still don't have my bag", "no one
# can locate our luggage", "where are my bags?"): the same loss, told as its lasting state
(never|have not|has not|did not|do not|does not|still do not|still have not|still did not|still does not|still has not) (have|got|gotten|received|located|found|returned) (my|our|the|his|her|their) (bag|bags|luggage|baggage|suitcase|suitcases|stroller|car seat|belongings) | delivery | 1 | negation=ignore
(never|have not|has not|did not|do not|does not|still do not|still have not|still did not|still does not|still has not) (have|got|gotten|received|located|found|returned) (my|our|the|his|her|their) (package|parcel|order|refund) | delivery | 1 | negation=ignore
# (not having it to hand is no loss: "I don't have my bag with me right now", "I haven't got my bag
# with me"; nor is not having a number or a document about it: "I don't have my order confirmation")
(do not|does not|did not|have not|has not) (have|got) (my|our|the|his|her|their) (bag|bags|luggage|baggage|suitcase|suitcases|package|parcel|order) (with me|with us|on me|to hand|handy|here with me) | delivery | 0 | negation=ignore
(do not|does not|did not|have not|has not) (have|got) (my|our|the) (bag|bags|luggage|baggage|suitcase|package|parcel|order|refund) (number|numbers|reference|confirmation|tag|tags|receipt|key|keys|details|email|tracking|code|id|allowance) | delivery | 0 | negation=ignore
(can not|could not|no one can|nobody can|no one could|nobody could|unable to) (find|locate|trace|track|track down) (my|our|the|his|her|their) (bag|bags|luggage|baggage|suitcase|suitcases|package|parcel|order|stroller|car seat) | delivery | 1 | negation=ignore
where (is|are|the heck is|the heck are|the hell is|the hell are) (my|our|his|her|their) (bag|bags|luggage|baggage|suitcase|suitcases|package|parcel|order|stroller|car seat|refund) | delivery | 1 | negation=ignore
(lose|loses|losing) (my|our|his|her|their|people's|your customers'|passengers')? (bag|bags|luggage|baggage|suitcase|suitcases|package|parcel|stroller|car seat) | delivery | 1
# (the customer's own losing, or a loss supposed: "I lose my bags all the time", "in case you lose my bag")
(i|we|in case|if|in case you|if you|in case they|if they|when you|when they) (lose|losing) (my|our)? (bag|bags|luggage|baggage|suitcase|suitcases|package|parcel|stroller|car seat) | delivery | 0 | negation=ignore
# (where a thing about it is shown: "where is my bag allowance shown?", "where are my bags checked to?")
where (is|are) (my|our|the) (bag|bags|luggage|baggage|package|parcel|order|refund) (allowance|drop|tag|tags|tracking|number|locker|history|options|policy|status|label|details|reference|limit|limits|fee|fees|checked|allowed|tagged) | delivery | 0 | negation=ignore
(bag|bags|luggage|baggage|suitcase|suitcases) (never|did not|did not even) (make|made) (it|the plane|the flight|the connection) | delivery | 1 | negation=ignore
# (not into the cabin: "the bag never made it into the overhead, so I checked it")
(bag|bags|luggage|baggage|suitcase|suitcases) (never|did not|did not even) (make|made) it (into|in|onto|in to) (the)? (overhead|overheads|bin|bins|cabin|locker|overhead bin) | delivery | 0 | negation=ignore
(arrived|came|showed up) (damaged|broken|late|open|empty|incomplete) | delivery | 1
(was|is|were|are) (supposed|meant) to (arrive|come|be here|be delivered|be fixed|be refunded|get) | delivery | 1

# -- service
(cancelled|canceled|delayed|overbooked|stranded|stuck|bumped) | service | 1
(been|kept|still|keep|spent) (waiting|on hold|holding|hours on|ages on) | service | 1
(still|now) (waiting|have not|has not|nothing|no)             | service | 1 | negation=ignore
(nobody|no one) (bothered|could be bothered|has bothered) to (tell|inform|call|update|let|contact|reply to|get back to) | service | 1 | negation=ignore
(nobody|no one) (helped|has helped|called back|called me back|answered|got back|is helping|can help|told me|replied|responded) | service | 1 | negation=ignore
(no|never got a|never got any|did not get a|did not get any) (reply|response|answer|call back|callback|email|update|confirmation) | service | 1 | negation=ignore
(transferred|passed around|bounced around|cut off|hung up on|disconnected) | service | 1
(hanging up on|hangs up on|hang up on) (me|us|every call|my call|my calls|callers|customers|people) | service | 1
(keeps hanging up|keep hanging up|keeps disconnecting|keep disconnecting) | service | 1
(have not|has not|still have not|still has not|did not|never) heard (anything|a thing|a word|back|from anyone|from you|from them|from anybody) | service | 1 | negation=ignore
# (praise or reassurance: "I've never heard anything but good things", "never heard a word of complaint")
(have not|has not|did not|never) heard (anything|a thing|a word) (but|bad|wrong|negative|of complaint|against) | service | 0 | negation=ignore
# a service refused: "they wouldn't let me on", "refused to let us board"
(would not|will not|did not|does not|do not|refused to|refuse to|refuses to|refusing to) (let|allow) (me|us) (on|board|onto|in|into|through|check in|fly|change|speak|talk|cancel|transfer|use|sit|bring|keep|log in|login|sign in|pay|reset|book|access|withdraw|top up|select|add) | service | 1 | negation=ignore
(would not|will not|did not|does not|do not|refused to|refuse to|refuses to|refusing to) allow (me|us) to (board|fly|change|speak|talk|cancel|transfer|use|log in|sign in|pay|reset|book|access|withdraw|check in|top up) | service | 1 | negation=ignore
# (not the company's refusal: "my wife won't let me cancel it", "don't let me keep you")
(my|our) (wife|husband|partner|kids|son|daughter|mum|dad|mom|boss|children|family|other half) (would not|will not|did not|does not|do not) (let|allow) (me|us) | service | 0 | negation=ignore
do not let (me|us) keep you | service | 0 | negation=ignore
# (a second payment stopped is a safeguard: "it refused to let me pay twice")
(would not|will not|did not|does not|do not|refused to|refuse to|refuses to|refusing to) (let|allow) (me|us) pay (twice|double|two times|again) | service | 0 | negation=ignore
(too|very|so) late                                           | service | 1
(late|missed) (again|delivery|appointment|flight|connection|payment) | service | 1

(stuck|stranded|sitting|sat|waiting|held) (on|at|in) the (tarmac|runway|plane|gate|airport) | service | 1
(bumped|downgraded|overbooked|oversold) (me|us|from)?          | service | 1
(missed|miss|missing) (my|our|the) (connection|connecting flight|flight|appointment) | service | 1
(no|without|never got) (food|water|wifi|wi-fi|power|seat|seats|upgrade|compensation|explanation|apology|update|updates|information|info) | service | 1 | negation=ignore
# nobody there to serve: "no gate agent", "no crew to load bags", "no supervisor available" (but "no
# gate change", "no manager approval needed" are news)
# (with what says so after it: "no crew member was rude", "no crew strike", "no pilot error", "no
# gate agent needed" are news; a bare "no gate!" closing its clause is read by sentiment.lex)
(no|without) (gate|gate agent|gate agents|pilot|pilots|crew|ground crew|flight crew|jetway|jet bridge|supervisor|manager) (available|at|to|on duty|in sight|yet|for us|or|and|operator|operators|around|anywhere) | service | 1 | negation=ignore
(rude|unhelpful|unprofessional|incompetent|dismissive|condescending) | service | 1
(want|need|demand|demanding|request|requesting|where is|still waiting for) (a|my|our|the)? (refund|money back|compensation|reimbursement) | billing | 1 | negation=ignore

# -- access
(can not|could not|unable to|not able to) (log in|login|log on|sign in|access|get in|get into|reset|find|pay|use|get through|reach|book|change|cancel|see|open|download|contact|get hold of|get a hold of|get anyone|get|check in) | access | 1 | negation=ignore
(have not|has not|had not|still have not|have never) been able to (log in|login|log on|sign in|access|get in|get into|reset|get through|reach|book|download|contact|get hold of|get a hold of|get anyone|check in) | access | 1 | negation=ignore
(have not|has not|had not|still have not|have never) been able to (use|pay|see|find|change|cancel|open|get|get into) (my|our|the) (card|account|bill|booking|order|app|statement|balance|online banking|flight|reservation|payment|money|refund|router|phone|website|emails|email) | access | 1 | negation=ignore
(have not|has not|had not|still have not|have never) been able to get (a|an|any)? (straight)? (answer|reply|response|refund|update|appointment|signal|connection) | access | 1 | negation=ignore
(locked out|lost access|forgot my password|forgotten my password|password does not work) | access | 1 | negation=ignore
account (was|is|got|has been)? (hacked|locked|suspended|closed|blocked|compromised|frozen|deactivated) | access | 1
(hacked|fraud|fraudulent|scam|scammed|identity theft)        | access | 1
# money taken without consent ("someone has taken £1,200 out of my account", "a payment I didn't
# authorise", "payments on my card I didn't make"); someone taking a look or a note is no theft
(someone|somebody|someone else|somebody else) (has|had|have|is)? (stolen|withdrawn|cloned|hacked) | billing | 1
(someone|somebody|someone else|somebody else) (has|had|is|has been)? (used|using|accessed|got into|gotten into|getting into|spent|spending) (my|our) (account|card|cards|money|savings|details|banking|online banking|email|identity|login|pin|paypal) | billing | 1
(someone|somebody|someone else|somebody else) (has|had|have|is)? taken (money|cash|funds|everything|my money|my savings|my card|my details|my identity|my bank details|my wallet|my purse) | billing | 1
(taken|took|withdrawn|withdrew|stolen|stole|missing) (out of|from) (my|our) (account|accounts|bank account|current account|savings|savings account|card) | billing | 1
(someone|somebody|someone else|somebody else) (has|had|have)? (taken a look|taken a note|taken note|taken notes|taken the time|taken care|taken a message|taken my details|taken your details|taken over|used to) | billing | 0
(did not|never) (authorise|authorize|authorised|authorized) (it|this|that|them|these|those)? | billing | 1 | negation=ignore clause-final
(did not|never) (authorise|authorize|authorised|authorized) (it|this|that|them|these|those|the|any|a)? (payment|payments|transaction|transactions|charge|charges|withdrawal|withdrawals|debit|debits|transfer|transfers|purchase|purchases) | billing | 1 | negation=ignore
(did not|never) (approve|approved) (this|that|these|those|the|a|any|it|them)? (payment|payments|transaction|transactions|charge|charges|purchase|purchases|transfer|transfers|debit|withdrawal|upgrade|renewal|it|this|that|them) | billing | 1 | negation=ignore
(do not|did not|does not) (recognise|recognize) (this|these|that|those|the|a|an|some|two|three|several)? (payment|payments|transaction|transactions|charge|charges|purchase|purchases|debit|debits|withdrawal|withdrawals) | billing | 1 | negation=ignore
(do not|did not|does not) (recognise|recognize) (this|that|the|a|your)? (payment|charge|debit|transaction) (page|reference|method|screen|link|details|point|date|schedule|plan|number|form) | billing | 0 | negation=ignore
(payment|payments|transaction|transactions|charge|charges|purchase|purchases|debit|debits|withdrawal|withdrawals) (i|we) (do not|did not|never) (recognise|recognize|make|made) | billing | 1 | negation=ignore
(payment|payments) (i|we) (did not|never) (make|made) (over|during|in|last|this|because|while|when|on time) | billing | 0 | negation=ignore
(i|we) (did not|never) (make|made|request|requested|set up|order|ordered|send|sent) (this|that|these|those) (payment|payments|transaction|transactions|purchase|purchases|transfer|transfers|withdrawal|withdrawals|order|orders|change|request|booking) | billing | 1 | negation=ignore
# the relative clause of a payment not made ("payments on my card I didn't make."); with an object it
# is a cake or a booking ("No, I didn't make them, my wife did")
(i|we) (did not|never) (make|made)            | billing | 1 | negation=ignore clause-final
(i|we) (did not|never) (make|made) (a|an|the|any|my|our|your|it|much|enough|sure|this|that|his|her|their|up|out|time) | billing | 0 | negation=ignore

# -- generic
(problem|problems|issue|issues|trouble) (with|on|in|getting|using|logging) | generic | 1
(there is|there are|there has been|there have been|i have|i have got|i am having|we are having|we have|having|experiencing) (a|an|some|this|the same|another|major|big|serious|technical|mechanical|more|ongoing|constant|billing|payment|connection|connectivity|login|signal|network)? (problem|problems|issue|issues|trouble|complaint|difficulty|difficulties) | generic | 1
# (an agenda, not a complaint: "there are some issues I'd like to discuss", "we have more issues to cover")
(there are|there is|there have been|we have|i have|i have got) (some|a few|more|a couple of|other)? (issues|problems) (i would like to|i would like|i want to|i wanna|i wanted to|we need to|i need to|to) (discuss|go over|go through|cover|raise|talk about|ask about|run through) | generic | 0
(something|it|everything|things) (is|went|has gone|keeps going) wrong | generic | 1
(you|they|someone) (messed up|screwed up|made a mistake|got it wrong) | generic | 1
(complaint|complain|complaining)                             | generic | 1
