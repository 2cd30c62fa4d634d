import { isDay } from '@vnportal/calendar';
import './styles.css';

// ?date=YYYY-MM-DD pins the banners' day, so the page can reproduce the seed (2024-06-01).
const pinned = new URLSearchParams(location.search).get('date');
if (pinned !== null) {
  if (isDay(pinned)) {
    for (const banner of document.querySelectorAll('vnp-anniversary-banner')) banner.setAttribute('date', pinned);
  } else {
    console.warn(`[demo] ?date=${pinned} is not a day in the form YYYY-MM-DD (e.g. 2024-06-01); showing today.`);
  }
}
