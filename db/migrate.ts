// Creates the database if needed and applies the migrations in db/migrations.
import { databaseFile } from '../lib/env';
import { openDatabase } from './index';

const { sqlite, file } = openDatabase(databaseFile());
sqlite.close();
console.log(`Database ready: ${file}`);
