/** Short professional learning-log notes, by subject. '{name}' is the pupil's first name. */
export const ENTRY_PHRASES: Record<string, readonly string[]> = {
  English: [
    'Read two chapters of the class novel aloud with support; answered retrieval questions accurately.',
    'Planned a persuasive letter using the writing frame; needed prompting to start but finished the first paragraph independently.',
    'Worked on sentence openers and commas in lists. Good focus for 40 minutes.',
    'Annotated the poem with the teacher, then picked out two techniques on their own.',
    'Spelling practice (common exception words): 8/10 on the quick check.',
    'Started the descriptive writing task; chose to work in the quiet room and produced half a page.',
  ],
  Maths: [
    'Completed fractions worksheet independently; needed prompting to start.',
    'Revised column multiplication; made errors with carrying, corrected after modelling.',
    'Worked through ratio problems in context (recipes). Explained the method clearly.',
    'Used the number line to add and subtract negative numbers; confident by the end of the session.',
    'Timed times-tables practice: improved on last week’s score.',
    'Found the area of compound shapes; needed a calculator for the last two questions.',
  ],
  Science: [
    'Practical on separating mixtures: followed the method safely and recorded results in a table.',
    'Labelled a diagram of the heart and described the path of blood with one prompt.',
    'Started the topic on forces; drew and explained force arrows on three examples.',
    'Watched a short clip on the particle model and answered the questions in full sentences.',
    'Recap quiz on cells: 6/10. Gaps on organelles noted for next lesson.',
  ],
  PSHE: [
    'Discussion on healthy friendships; listened well and shared one example.',
    'Worked on a personal budget for a week; engaged and asked good questions.',
    'Session on online safety: identified risky messages in the scenarios.',
    'Talked through strategies for managing frustration; chose two to try this week.',
  ],
  Art: [
    'Continued the still-life drawing; worked carefully on shading for the whole session.',
    'Experimented with watercolour washes; pleased with the result and asked to take it home.',
    'Began a clay tile project; planned the design in the sketchbook first.',
  ],
  'Outdoor learning': [
    'Helped build the shelter at the forest site and worked well in a pair.',
    'Fire-lighting session: followed the safety rules and supported a younger pupil.',
    'Nature walk and bird count; calm and settled throughout.',
  ],
  Literacy: [
    'Phonics check-in: secure on split digraphs; practised reading tricky words.',
    'Read a levelled book with an adult and retold the story in order.',
    'Wrote three sentences about the weekend using capital letters and full stops.',
    'Guided reading: answered “why” questions with support.',
  ],
  Numeracy: [
    'Counted in 3s and 4s with the number track; confident up to 40.',
    'Used place-value counters to partition two-digit numbers.',
    'Telling the time to the quarter hour: mostly correct.',
    'Solved addition word problems with objects, then drew the bar model.',
  ],
  Topic: [
    'Romans topic: made a shield and wrote two facts about the army.',
    'Planted bulbs for the spring garden and measured the depth with a ruler.',
    'Map work: found our town and the river on the local map.',
  ],
};

/** Highlighted notes: milestones and concerns worth raising at the next review. */
export const HIGHLIGHT_PHRASES: readonly string[] = [
  'First full week attended since the placement began: {name} was very proud. Shared with home.',
  '{name} left the session without permission after a disagreement; returned after 10 minutes with the mentor. Parent informed.',
  'Excellent piece of work, shared with the home school for the pupil’s file.',
  '{name} said they are worried about going back to the home school. Passed to the lead tutor and SENCO.',
  'Refused to start the task and used the calm space for most of the session; settled after a walk.',
  '{name} worked with the group for the whole session for the first time.',
];
