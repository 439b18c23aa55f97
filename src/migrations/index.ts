import * as migration_20261126_120554_initial from './20261126_120554_initial';
import * as migration_20261126_121914_newsroom_workflow from './20261126_121914_newsroom_workflow';

export const migrations = [
  {
    up: migration_20261126_120554_initial.up,
    down: migration_20261126_120554_initial.down,
    name: '20261126_120554_initial',
  },
  {
    up: migration_20261126_121914_newsroom_workflow.up,
    down: migration_20261126_121914_newsroom_workflow.down,
    name: '20261126_121914_newsroom_workflow'
  },
];
