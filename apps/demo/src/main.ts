import { formatDateline } from '@vnportal/calendar';

const app = document.querySelector('#app');
if (app) app.textContent = formatDateline('2023-07-03');
