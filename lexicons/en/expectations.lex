# expectations.lex: setting expectations (detector `expectations`).
#
# An agent sets expectations when they tell the customer what happens next and when ("you'll
# receive an email within 24 hours"). The detector counts agent SENTENCES with a next step, and of
# those the ones whose same sentence also gives a time frame (src/detectors/expectations.ts).
#
# Categories
#   next-step   what will happen, who will do it, or what the customer will receive or must do next
#               ("you'll receive", "we'll send", "the next step is", "once that's processed")
#   time-frame  an explicit when ("within 24 hours", "in 3-5 business days", "by tomorrow",
#               "this afternoon"). Vague words ("soon", "shortly", "as soon as possible") are left out
#               on purpose: coaching asks for a concrete time frame. A time frame alone, with no next
#               step in its sentence, is not counted ("how are you today?").
#   exclusion   weight 0: a longer phrase that masks a shorter one it contains. Never counted.
#
# Tag `timed`: a next-step phrase that carries its own time frame ("please allow 3-5 business days",
# "it usually takes two weeks"); its sentence counts as a statement with a time frame.
# Units are written out in each phrase (minutes ... months, business/working days) rather than with
# an optional "(business|working)?" group, to stay under the compiler's 512 sequences per phrase.
# Tokenizer notes: numbers are words ("24"), "3-5" is ONE word, "5pm" is one word, "5:00" is three
# ("5", ":", "00"; a phrase cannot cross punctuation) and "p.m." ends a sentence after "p.m"; `*` is
# any one word, so "within * hours" takes "24", "two", "3-5" and "an".
# Negation: the default `cancel` ("you won't receive" does not match anyway: "you will not receive").
# Contractions need no entries of their own: "you'll" is normalised to "you will".
@lexicon expectations
@default speaker=agent negation=cancel

# phrase                                                             | category   | weight | options
# -- next-step: what the customer will receive or see
you will (then|also|now)? (receive|get|see|hear|be getting|be receiving|be contacted|be notified|be refunded|be credited|be sent|be able to|need to) | next-step  | 1
you (will|should) (then|also|now)? have (it|this|that|them|one|your|a|an|the|access) | next-step  | 1
you should (then|also|now)? (receive|get|see|hear|be getting|be receiving|be contacted|be notified|be able to) | next-step  | 1
you (can|may) (expect|look out for)                          | next-step  | 1
(expect|expecting) (a|an|the|to|it|them|your|delivery)       | next-step  | 1
if you (do not|have not|did not) (receive|hear|get|see)      | next-step  | 1      | negation=ignore
(all|the only thing) you (need|have|will need|will have) to do is | next-step  | 1
what you (need|will need|have|will have) to do (next|now)? is | next-step  | 1

# -- next-step: what the agent or the company will do
(i|we) will (then|also|now|personally|just)? (send|email|e-mail|call|ring|text|mail|contact|notify|update|process|refund|credit|issue|arrange|schedule|book|raise|escalate|submit|dispatch|ship|post|forward|reply|let you know|get back to you|follow up|be in touch|reach out|keep you|transfer you|put you through|connect you) | next-step  | 1
(i|we) will be (sending|emailing|calling|contacting|processing|refunding|crediting|following up|in touch|in contact|reaching out|updating you) | next-step  | 1
(i will|we will|i am going to|we are going to|let me) (just)? go ahead and (send|email|process|refund|credit|issue|arrange|schedule|book|raise|escalate|submit|cancel|update|order|transfer) | next-step  | 1
(i am|we are) going to (send|email|call|ring|text|contact|update|process|refund|credit|issue|arrange|schedule|book|raise|escalate|submit|dispatch|ship|forward|follow up) | next-step  | 1
(someone|somebody|a technician|an engineer|a specialist|a supervisor|a manager|a colleague|a courier|a driver|a member of our team|a member of the team) will (call|contact|visit|be in touch|get back to you|reach out|come|arrive|be there|be out|email|text) | next-step  | 1
(the|our) (technician|engineer|specialist|supervisor|manager|courier|driver|team|department|billing team|support team) will (call|contact|visit|be in touch|get back to you|reach out|come|arrive|be there|be out|email|text|review|look) | next-step  | 1

# -- next-step: what will happen
(gets|will get|is going to get|is going to be) (resolved|fixed|sorted|processed|sent|done|refunded|credited|shipped|delivered|escalated|updated|cancelled) | next-step  | 1
the next step (is|will be)                                   | next-step  | 1
(the)? next steps (are|will be)                              | next-step  | 1
what (happens|will happen) (now|next) is                     | next-step  | 1
(here is|this is) what (happens|will happen) (now|next)      | next-step  | 1
what happens next                                            | next-step  | 1
(once|as soon as) (that|this|it|the payment|the refund|the order|the form|the request|the ticket) (is|has|has been|goes|comes|arrives|clears) | next-step  | 1
(once|as soon as) (you|we|i) (receive|get|have|hear|confirm|sign) | next-step  | 1
(it|that|this|they) (will|should|would) (arrive|reach you|show up|appear|reflect|go through|clear|come through|be processed|be sent|be shipped|be delivered|be credited|be refunded|be resolved|be fixed|be updated|be completed|be done|be reviewed|be escalated|be applied|be activated|be dispatched|be back|be there|be active|be visible|be reflected|be cancelled|be closed) | next-step  | 1
(your|the) (order|refund|replacement|request|ticket|case|payment|package|parcel|delivery|card|claim|account|repair|credit|new card|engineer|technician|confirmation|email) (will|should) | next-step  | 1

# -- next-step with its own time frame
(please)? allow (up to|about|around|at least)? * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | next-step  | 1      | timed
(please)? allow (up to|about|around)? * (to|or) * (minutes|hours|days|weeks|months|business days|working days) | next-step  | 1      | timed
(take|takes|taking) (up to|about|around|approximately|roughly|between|at least|less than)? * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | next-step  | 1      | timed
(take|takes|taking) (up to|about|around|approximately|roughly|between)? * (to|or|and) * (minutes|hours|days|weeks|months|business days|working days) | next-step  | 1      | timed
give it (up to|about|around|at least|another)? * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | next-step  | 1      | timed

# -- time-frame: durations
within * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
within * (to|or) * (minutes|hours|days|weeks|months|business days|working days) | time-frame | 1
within the (next|coming) * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
within the (next|coming)? (minutes|hours|days|weeks|hour|day|week|month) | time-frame | 1
(in|over) the (next|coming) * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
(in|over) the (next|coming) (few|couple of|couple)? (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
in * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
in * (to|or) * (minutes|hours|days|weeks|months|business days|working days) | time-frame | 1
(in|within|after) (a|the next)? (few|couple of|couple) (minutes|hours|days|weeks|months|business days|working days) | time-frame | 1
(up to|about|around|approximately|roughly|another|at least|less than|no more than|no later than) * (minutes|hours|days|weeks|months|minute|hour|day|week|month|business days|working days|business day|working day) | time-frame | 1
(up to|about|around|approximately|roughly|between) * (to|or|and) * (minutes|hours|days|weeks|months|business days|working days) | time-frame | 1
(24|48|72|twenty-four|forty-eight|seventy-two) hours         | time-frame | 1
(business|working) (days|day|hours)                          | time-frame | 1
(the)? (same|next) (business|working)? day                   | time-frame | 1

# -- time-frame: points in time
by (today|tonight|tomorrow|noon|midday|midnight|lunchtime|the weekend|this weekend|next week|next month|close of business|cob|eod) | time-frame | 1
by (the)? end of (the|this|today|tomorrow)? (day|week|month|business day|working day|business) | time-frame | 1
by (this|tomorrow) (morning|afternoon|evening)               | time-frame | 1
(by|on|before|until|this|next|this coming) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) | time-frame | 1
(by|on|before|until) the (1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|26th|27th|28th|29th|30th|31st) | time-frame | 1
(by|at|before|around|after) (1|2|3|4|5|6|7|8|9|10|11|12) (am|pm|a.m|p.m|o'clock|thirty)? | time-frame | 1
(by|at|before|around|after) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (am|pm|a.m|p.m|o'clock|thirty) | time-frame | 1
(by|at|before|around|after) (1am|2am|3am|4am|5am|6am|7am|8am|9am|10am|11am|12am|1pm|2pm|3pm|4pm|5pm|6pm|7pm|8pm|9pm|10pm|11pm|12pm|noon|midday|midnight) | time-frame | 1
(today|tonight|tomorrow|overnight)                           | time-frame | 1
(later|earlier) (today|this week|this afternoon|this evening) | time-frame | 1
(this|tomorrow) (morning|afternoon|evening)                  | time-frame | 1
(this|next) (week|month)                                     | time-frame | 1
first thing (tomorrow|in the morning|on monday)              | time-frame | 1
(the)? end of (the|this)? (day|week|month)                   | time-frame | 1
(monday|tuesday|wednesday|thursday|friday|saturday|sunday)   | time-frame | 1
(right away|right now|straight away|immediately)             | time-frame | 1
(in|within) (a|one|an|half an) (minute|moment|second|hour)   | time-frame | 1
