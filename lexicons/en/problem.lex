# problem.lex: problem statements by the customer (detector `empathy`: an empathy opportunity, even
# when said calmly). Phrases that carry their own negator use negation=ignore.
@lexicon problem
@default negation=cancel speaker=customer

(does not|doesn't|did not|is not|isn't|won't|will not|wasn't) (work|working|load|loading|connect|turn on|start|arrive|show up) | malfunction | 1 | negation=ignore
(not|stopped) working                                        | malfunction | 1 | negation=ignore
(broken|broke|faulty|defective|damaged|cracked|crashed|crashing|crashes|froze|freezes|frozen) | malfunction | 1
keeps (crashing|failing|dropping|freezing|disconnecting|happening|breaking) | malfunction | 1
(error|errors|error message|glitch|bug)                       | malfunction | 1
(charged|billed) (twice|double|two times|again|wrong|too much|for something) | billing | 1
(overcharged|double charged|double-charged|wrong charge|wrong amount|extra charge|hidden fee) | billing | 1
(never|still not|still haven't|still hasn't|have not|haven't|has not|hasn't) (arrived|received|got|gotten|come|shipped|heard back|been refunded) | delivery | 1 | negation=ignore
(lost|missing|stolen) (my|the|our)? (bag|bags|luggage|package|parcel|order|item|card|baggage|suitcase|delivery) | delivery | 1
(wrong|incorrect) (item|order|size|address|product|information) | delivery | 1
(cancelled|canceled|delayed|late|overbooked|stranded|stuck)   | service | 1
(been|kept|still) (waiting|on hold|holding)                   | service | 1
(can not|cannot|unable to|could not|couldn't) (log in|login|sign in|access|get into|reset|find|pay|use|get through|reach|book|change) | access | 1 | negation=ignore
(locked out|lost access)                                     | access | 1
account (was|is|got|has been)? (hacked|locked|suspended|closed|blocked) | access | 1
(problem|problems|issue|issues|trouble) (with|on|in)          | generic | 1
(there is|there's|i have|i've got|i am having|i'm having) (a|an|some)? (problem|issue|trouble) | generic | 1
(something|it) (is|went) wrong                                | generic | 1
(nobody|no one) (helped|called back|answered|got back|is helping|can help) | service | 1 | negation=ignore
(transferred|passed around|bounced around)                    | service | 1
