'use strict';

var cliMain = require('./chunks/cli-main-CiLJyu9I.cjs');
require('node:util');



exports.main = cliMain.main;
