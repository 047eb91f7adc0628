'use strict';

// Bin labels are aisle-bay-level, as printed on the racks: "04-12-C" is aisle 4, bay 12, level C (A is the floor).
const LABEL = /^(\d{2})-(\d{2})-([A-F])$/;

function parseLocation(label) {
  const match = LABEL.exec(label);
  if (!match) {
    throw new Error(`unknown bin label: ${label}`);
  }
  return { label, aisle: Number(match[1]), bay: Number(match[2]), level: match[3] };
}

// Walking order: aisles in turn, up the odd aisles and down the even ones, floor level first within a bay.
function compareLocations(a, b) {
  if (a.aisle !== b.aisle) {
    return a.aisle - b.aisle;
  }
  if (a.bay !== b.bay) {
    if (a.aisle % 2 === 0) {
      return b.bay - a.bay;
    }
    return a.bay - b.bay;
  }
  return a.level.localeCompare(b.level);
}

module.exports = { parseLocation, compareLocations };
