'use strict';

function clean(text) {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

function isValidIsbn10(code) {
  if (!/^\d{9}[\dX]$/.test(code)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const value = code[i] === 'X' ? 10 : Number(code[i]);
    sum += (10 - i) * value;
  }
  return sum % 11 === 0;
}

function isbn13CheckDigit(first12) {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  }
  return (10 - (sum % 10)) % 10;
}

function isValidIsbn13(code) {
  if (!/^\d{13}$/.test(code)) {
    return false;
  }
  return isbn13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

function isValidIsbn(text) {
  const code = clean(text);
  if (code.length === 10) {
    return isValidIsbn10(code);
  }
  return isValidIsbn13(code);
}

function toIsbn13(text) {
  const code = clean(text);
  if (!isValidIsbn10(code)) {
    throw new Error(`not a valid ISBN-10: ${text}`);
  }
  const first12 = '978' + code.slice(0, 9);
  return first12 + isbn13CheckDigit(first12);
}

module.exports = { isValidIsbn, toIsbn13 };
