'use strict';

var cliMain = require('./chunks/cli-main-CfvrLaX0.cjs');
require('node:util');



exports.main = cliMain.main;
