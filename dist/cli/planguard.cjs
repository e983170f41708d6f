'use strict';

var cliMain = require('./chunks/cli-main-ePqQ5FKl.cjs');
require('node:util');



exports.main = cliMain.main;
