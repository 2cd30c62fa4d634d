import type { Commemoration } from '../types.js';
import { nationalCommemorations, nationalCommemorationsLite } from './national.js';

// English names in catalog order (the id as a comment), kept apart so a Vietnamese-only widget does not carry them.
const namesEn: readonly string[] = [
  'Lunar New Year (Tết)', // tet
  'the founding of the Communist Party of Viet Nam', // dang
  "the Hung Kings' Commemoration Day", // gioto
  'the Liberation of the South and National Reunification', // 30-4
  'the Dien Bien Phu Victory', // dbp
  "President Ho Chi Minh's birthday", // bacho
  'the success of the August Revolution', // cmt8
  'the National Day of the Socialist Republic of Viet Nam', // 2-9
  "the Traditional Day of the Viet Nam People's Public Security", // can
  "the All People's Festival for the Protection of National Security", // antq
  "the founding of the Viet Nam People's Army", // qdnd
  "the All People's National Defence Day", // qptd
  "President Ho Chi Minh's departure to find the way to save the nation", // radi
  "President Ho Chi Minh's call for patriotic emulation", // thidua
  'the founding of the Provisional Revolutionary Government of the Republic of South Viet Nam', // cpcm
  'the founding of the Ho Chi Minh Communist Youth Union', // doan
  "the founding of the Viet Nam Women's Union", // phunu
  'the founding of the Viet Nam Trade Union', // congdoan
  "Vietnamese Teachers' Day", // nhagiao
  'the Traditional Day of the Viet Nam Fatherland Front', // mttq
  "President Ho Chi Minh's call for nationwide resistance", // khangchien
  'the Liberation of the Capital', // thudo
  'the "Ha Noi - Dien Bien Phu in the Air" Victory', // dbpk
  "President Ho Chi Minh's return to lead the Vietnamese revolution", // venuoc
  "International Workers' Day", // 1-5
  "War Invalids and Martyrs' Day", // tbls
  'Viet Nam Revolutionary Press Day', // baochi
  'the founding of the Ho Chi Minh Young Pioneers Organisation', // doi
  "the founding of the Viet Nam Farmers' Union", // nongdan
  'the birth of Comrade Tran Phu', // tranphu
  'the birth of President Ton Duc Thang', // tdt
  'the birth of Comrade Vo Van Kiet', // vvk
  'the publication of "Revolutionary Ethics"', // ddcm
];

const withNameEn = (list: readonly Commemoration[]): readonly Commemoration[] =>
  list.map((c, i) => ({ ...c, nameEn: namesEn[i] }));

/** `nationalCommemorations` with `nameEn`, for `lang: "en"` (marked pure: dropped by bundlers when unused). */
export const nationalCommemorationsEn: readonly Commemoration[] = /* @__PURE__ */ withNameEn(nationalCommemorations);

/** `nationalCommemorationsLite` with `nameEn`: the English catalog without `source` (marked pure). */
export const nationalCommemorationsEnLite: readonly Commemoration[] =
  /* @__PURE__ */ withNameEn(nationalCommemorationsLite);
