'use strict';

var cliMain = require('./chunks/cli-main-J0DcitPO.cjs');
require('node:util');



exports.main = cliMain.main;
