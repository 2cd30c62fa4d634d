import '@vnportal/widgets/define';
import { BuilderPage } from './builder-page.ts';
import './styles.css';

new BuilderPage(document.getElementById('app')!);
