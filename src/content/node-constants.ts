// The DOM's node constants as numbers. In a Firefox content script `Node` is the page's constructor
// seen through a wrapper, and every `Node.ELEMENT_NODE` read crossed it (~2 µs): read once per text
// node of a live blog, that was most of blockOf's 152 ms a load (Gecko profiler, 2026-12-07).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_POSITION_PRECEDING = 2;
export const DOCUMENT_POSITION_FOLLOWING = 4;
export const DOCUMENT_POSITION_CONTAINED_BY = 16;
