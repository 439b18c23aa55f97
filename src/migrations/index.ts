import * as migration_20261126_120554_initial from './20261126_120554_initial';

export const migrations = [
  {
    up: migration_20261126_120554_initial.up,
    down: migration_20261126_120554_initial.down,
    name: '20261126_120554_initial'
  },
];
