// GEGENEREERD door test/triage-gegenereerd.test.ts uit de ts-pattern-tabel in src/triage/beslistabel.ts.
// Niet met de hand wijzigen; bijwerken: BIJWERKEN=1 npx vitest run test/triage-gegenereerd.test.ts
//
// Eén letter per sleutelindex (indeling: zie sleutel.ts). Legenda:
//   A = werkgever-landelijk
//   B = werkgever-regionaal
//   C = werkgever-werkgebied-onbekend
//   D = uwv
//   E = gemeente
//   F = uitkering-onbekend
//   G = werkende-uwv
//   H = werkende-gemeente
//   I = werkende-arbeidsbeperking-uitkering-onbekend
//   J = werkende-arbeidsbeperking-onbekend
//   K = werkende-met-uitkering
//   L = werkende-sociale-partners
//   M = werkende-open-beleidspunt
//   N = werkende-private-ondersteuning-onbekend

/** De beslissing per sleutelindex als letter (A = de eerste van `beslissingIds`). */
export const BESLISTABEL =
  // werkgever, werkgebied een-regio | meerdere-regios | onbekend
  "BAC" +
  // werkzoekende, uitkering WW | WIA/WGA | Wajong | bijstand | geen | onbekend
  "DDDEEF" +
  // werkende: per uitkering en arbeidsbeperking 9 letters voor privaat (ja, nee, onbekend) × dreigt werkloos (ja, nee, onbekend)
  "GGGGGGGGG" + // WW, arbeidsbeperking ja
  "KKKKKKKKK" + // WW, arbeidsbeperking nee
  "JJJJJJJJJ" + // WW, arbeidsbeperking onbekend
  "GGGGGGGGG" + // WIA/WGA, arbeidsbeperking ja
  "GGGGGGGGG" + // WIA/WGA, arbeidsbeperking nee
  "GGGGGGGGG" + // WIA/WGA, arbeidsbeperking onbekend
  "GGGGGGGGG" + // Wajong, arbeidsbeperking ja
  "GGGGGGGGG" + // Wajong, arbeidsbeperking nee
  "GGGGGGGGG" + // Wajong, arbeidsbeperking onbekend
  "HHHHHHHHH" + // bijstand, arbeidsbeperking ja
  "KKKKKKKKK" + // bijstand, arbeidsbeperking nee
  "JJJJJJJJJ" + // bijstand, arbeidsbeperking onbekend
  "HHHHHHHHH" + // geen, arbeidsbeperking ja
  "LLLMMMNNN" + // geen, arbeidsbeperking nee
  "JJJJJJJJJ" + // geen, arbeidsbeperking onbekend
  "IIIIIIIII" + // onbekend, arbeidsbeperking ja
  "KKKKKKKKK" + // onbekend, arbeidsbeperking nee
  "JJJJJJJJJ"; // onbekend, arbeidsbeperking onbekend
