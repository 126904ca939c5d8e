/**
 * The drawing's own stylesheet, as plain text so the same rules style the live SVG and go inside an exported SVG.
 * Line patterns carry the meaning (not colour alone), so the picture reads in forced colours and in greyscale print.
 */
export const drawingCss = `
.person .shape, .swatch .shape { fill: #ffffff; stroke: #0b0c0c; stroke-width: 2; }
.person .inner, .swatch .inner { fill: none; stroke: #0b0c0c; stroke-width: 2; }
.person .solid, .swatch .solid { fill: #0b0c0c; stroke: #0b0c0c; }
.person .cross, .swatch .cross { stroke: #0b0c0c; stroke-width: 2; }
.person.deceased.soft .shape { fill: #f3f2f1; stroke: #505a5f; }
.person-label .age { font: 700 13px sans-serif; fill: #0b0c0c; text-anchor: middle; dominant-baseline: central; }
.person-label .name { font: 13px sans-serif; fill: #0b0c0c; text-anchor: middle; }
.person-label .years, .person-label .note { font: 13px sans-serif; fill: #505a5f; }
.person-label .note { text-anchor: middle; }
.person .ring { fill: none; stroke: none; stroke-width: 4; }
.person.selected .ring { stroke: #1d70b8; }
.person.highlighted .ring { stroke: #4c2c92; stroke-dasharray: 6 3; }
.line { fill: none; stroke: #0b0c0c; stroke-width: 2; }
.line.dashed, .ct-adoptive, .st-cohabiting, .st-engaged, .st-dating { stroke-dasharray: 8 5; }
.st-dating { stroke-dasharray: 4 4; }
.st-unrecorded { stroke: #505a5f; stroke-dasharray: 2 3; }
.ct-foster { stroke-dasharray: 2 4; }
.ct-step { stroke-dasharray: 10 4 2 4; }
.ct-kinship { stroke-dasharray: 16 6; }
.ct-special-guardian { stroke-dasharray: 10 3 2 3 2 3; }
.ct-unknown { stroke: #505a5f; }
.disputed { stroke: #d4351c; stroke-dasharray: 6 3; }
.slash { stroke: #0b0c0c; stroke-width: 2; }
.status-label { font: 13px sans-serif; fill: #0b0c0c; text-anchor: middle; }
.dispute-mark circle { fill: #ffffff; stroke: #d4351c; stroke-width: 2; }
.dispute-mark text { font: 700 13px sans-serif; fill: #d4351c; text-anchor: middle; dominant-baseline: central; }
.tip rect { fill: #ffffff; stroke: #0b0c0c; }
.tip text { font: 13px sans-serif; fill: #0b0c0c; }
.emo path { fill: none; stroke-width: 1.5; }
.emo .fill { stroke: none; }
.emo.warm path { stroke: #00703c; } .emo.warm .fill { fill: #00703c; }
.emo.cold path { stroke: #505a5f; } .emo.cold .fill { fill: #505a5f; }
.emo.harm path { stroke: #d4351c; } .emo.harm .fill { fill: #d4351c; }
.emo .dotted { stroke-dasharray: 1 4; stroke-linecap: round; stroke-width: 2.5; }
.emo .dashed { stroke-dasharray: 6 4; }
.emo .thick { stroke-width: 2.5; }
.support { fill: none; stroke: #00703c; stroke-width: 1.5; stroke-dasharray: 3 3; }
.support-label { font: 13px sans-serif; fill: #00703c; text-anchor: middle; }
.household rect { fill: none; stroke: #1d70b8; stroke-width: 2; stroke-dasharray: 3 4; }
.household line { stroke: #1d70b8; stroke-width: 1.5; stroke-dasharray: 3 4; }
.household-name { font: 13px sans-serif; fill: #1d70b8; }
/* a white halo round the words: a line passing under a name, a date or a household's name breaks round it */
.labels text { paint-order: stroke; stroke: #ffffff; stroke-width: 5px; stroke-linejoin: round; }
.labels .age { stroke: none; }
.undated-label { font: italic 13px sans-serif; fill: #505a5f; text-anchor: middle; }
.export-legend text { font: 13px sans-serif; fill: #0b0c0c; }
`;
