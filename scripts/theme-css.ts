// Writes components/theme-variables.css from the theme (components/theme-css.ts).
import fs from 'node:fs';
import path from 'node:path';
import { themeCss } from '../components/theme-css';

fs.writeFileSync(path.join(process.cwd(), 'components', 'theme-variables.css'), themeCss());
