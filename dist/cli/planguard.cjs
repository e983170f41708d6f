'use strict';

var cliMain = require('./chunks/cli-main-b71q7fLC.cjs');
require('node:util');



exports.main = cliMain.main;
