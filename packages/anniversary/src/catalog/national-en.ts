import type { Commemoration } from '../types.js';
import { nationalCommemorations } from './national.js';

// English names by id, kept apart so a Vietnamese-only widget does not carry them.
const NAMES_EN: Readonly<Record<string, string>> = {
  tet: 'Lunar New Year (Tết)',
  dang: 'the founding of the Communist Party of Viet Nam',
  gioto: "the Hung Kings' Commemoration Day",
  '30-4': 'the Liberation of the South and National Reunification',
  dbp: 'the Dien Bien Phu Victory',
  bacho: "President Ho Chi Minh's birthday",
  cmt8: 'the success of the August Revolution',
  '2-9': 'the National Day of the Socialist Republic of Viet Nam',
  can: "the Traditional Day of the Viet Nam People's Public Security",
  antq: "the All People's Festival for the Protection of National Security",
  qdnd: "the founding of the Viet Nam People's Army",
  qptd: "the All People's National Defence Day",
  radi: "President Ho Chi Minh's departure to find the way to save the nation",
  thidua: "President Ho Chi Minh's call for patriotic emulation",
  cpcm: 'the founding of the Provisional Revolutionary Government of the Republic of South Viet Nam',
  doan: 'the founding of the Ho Chi Minh Communist Youth Union',
  phunu: "the founding of the Viet Nam Women's Union",
  congdoan: 'the founding of the Viet Nam Trade Union',
  nhagiao: "Vietnamese Teachers' Day",
  mttq: 'the Traditional Day of the Viet Nam Fatherland Front',
  khangchien: "President Ho Chi Minh's call for nationwide resistance",
  thudo: 'the Liberation of the Capital',
  dbpk: 'the "Ha Noi - Dien Bien Phu in the Air" Victory',
  venuoc: "President Ho Chi Minh's return to lead the Vietnamese revolution",
  '1-5': "International Workers' Day",
  tbls: "War Invalids and Martyrs' Day",
  baochi: 'Viet Nam Revolutionary Press Day',
  doi: 'the founding of the Ho Chi Minh Young Pioneers Organisation',
  nongdan: "the founding of the Viet Nam Farmers' Union",
  tranphu: 'the birth of Comrade Tran Phu',
  tdt: 'the birth of President Ton Duc Thang',
  vvk: 'the birth of Comrade Vo Van Kiet',
  ddcm: 'the publication of "Revolutionary Ethics"',
};

/** `nationalCommemorations` with `nameEn`, for `lang: "en"` (marked pure: dropped by bundlers when unused). */
export const nationalCommemorationsEn: readonly Commemoration[] = /* @__PURE__ */ nationalCommemorations.map((c) => ({
  ...c,
  nameEn: NAMES_EN[c.id],
}));
