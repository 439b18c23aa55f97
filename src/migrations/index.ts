import * as migration_20261126_120554_initial from './20261126_120554_initial';
import * as migration_20261126_121914_newsroom_workflow from './20261126_121914_newsroom_workflow';
import * as migration_20261126_122642_score_records from './20261126_122642_score_records';
import * as migration_20261126_123309_counters from './20261126_123309_counters';
import * as migration_20261126_124939_search from './20261126_124939_search';
import * as migration_20261126_125518_score_record_unique from './20261126_125518_score_record_unique';
import * as migration_20261126_131045_site_globals from './20261126_131045_site_globals';
import * as migration_20261126_143104_article_list_indexes from './20261126_143104_article_list_indexes';
import * as migration_20261126_144807_search_by_date from './20261126_144807_search_by_date';
import * as migration_20261126_152406_media_storage from './20261126_152406_media_storage';
import * as migration_20261202_065229_portal_sections from './20261202_065229_portal_sections';
import * as migration_20261202_101613_document_search from './20261202_101613_document_search';
import * as migration_20261203_011920_article_title_search from './20261203_011920_article_title_search';

export const migrations = [
  {
    up: migration_20261126_120554_initial.up,
    down: migration_20261126_120554_initial.down,
    name: '20261126_120554_initial',
  },
  {
    up: migration_20261126_121914_newsroom_workflow.up,
    down: migration_20261126_121914_newsroom_workflow.down,
    name: '20261126_121914_newsroom_workflow',
  },
  {
    up: migration_20261126_122642_score_records.up,
    down: migration_20261126_122642_score_records.down,
    name: '20261126_122642_score_records',
  },
  {
    up: migration_20261126_123309_counters.up,
    down: migration_20261126_123309_counters.down,
    name: '20261126_123309_counters',
  },
  {
    up: migration_20261126_124939_search.up,
    down: migration_20261126_124939_search.down,
    name: '20261126_124939_search',
  },
  {
    up: migration_20261126_125518_score_record_unique.up,
    down: migration_20261126_125518_score_record_unique.down,
    name: '20261126_125518_score_record_unique',
  },
  {
    up: migration_20261126_131045_site_globals.up,
    down: migration_20261126_131045_site_globals.down,
    name: '20261126_131045_site_globals',
  },
  {
    up: migration_20261126_143104_article_list_indexes.up,
    down: migration_20261126_143104_article_list_indexes.down,
    name: '20261126_143104_article_list_indexes',
  },
  {
    up: migration_20261126_144807_search_by_date.up,
    down: migration_20261126_144807_search_by_date.down,
    name: '20261126_144807_search_by_date',
  },
  {
    up: migration_20261126_152406_media_storage.up,
    down: migration_20261126_152406_media_storage.down,
    name: '20261126_152406_media_storage',
  },
  {
    up: migration_20261202_065229_portal_sections.up,
    down: migration_20261202_065229_portal_sections.down,
    name: '20261202_065229_portal_sections',
  },
  {
    up: migration_20261202_101613_document_search.up,
    down: migration_20261202_101613_document_search.down,
    name: '20261202_101613_document_search',
  },
  {
    up: migration_20261203_011920_article_title_search.up,
    down: migration_20261203_011920_article_title_search.down,
    name: '20261203_011920_article_title_search'
  },
];
