import * as migration_20261126_150745_initial from './20261126_150745_initial';
import * as migration_20261126_150755_portal_tables from './20261126_150755_portal_tables';
import * as migration_20261126_152409_media_storage from './20261126_152409_media_storage';
import * as migration_20261202_065305_portal_sections from './20261202_065305_portal_sections';
import * as migration_20261202_101628_document_search from './20261202_101628_document_search';
import * as migration_20261202_132152_article_search_words from './20261202_132152_article_search_words';

export const migrations = [
  {
    up: migration_20261126_150745_initial.up,
    down: migration_20261126_150745_initial.down,
    name: '20261126_150745_initial',
  },
  {
    up: migration_20261126_150755_portal_tables.up,
    down: migration_20261126_150755_portal_tables.down,
    name: '20261126_150755_portal_tables',
  },
  {
    up: migration_20261126_152409_media_storage.up,
    down: migration_20261126_152409_media_storage.down,
    name: '20261126_152409_media_storage',
  },
  {
    up: migration_20261202_065305_portal_sections.up,
    down: migration_20261202_065305_portal_sections.down,
    name: '20261202_065305_portal_sections',
  },
  {
    up: migration_20261202_101628_document_search.up,
    down: migration_20261202_101628_document_search.down,
    name: '20261202_101628_document_search',
  },
  {
    up: migration_20261202_132152_article_search_words.up,
    down: migration_20261202_132152_article_search_words.down,
    name: '20261202_132152_article_search_words'
  },
];
