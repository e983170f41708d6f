'use strict';

var cliMain = require('./chunks/cli-main-BBcx6BjQ.cjs');
require('node:util');



exports.main = cliMain.main;
