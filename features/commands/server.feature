Feature: Server commands
  CONFIG GET / SET / RESETSTAT / REWRITE, INFO and its sections, TIME, LASTSAVE, SHUTDOWN's errors, DEBUG
  and its protection, and COMMAND's introspection replies. Values that legitimately differ between servers
  (memory figures, command counts, timings) are checked by shape only. Every expectation here was first seen
  from Redis 7.0.15.

  # ---------------------------------------------------------------- CONFIG GET

  Scenario: CONFIG GET replies the parameter's name and value
    When the client runs "CONFIG GET maxmemory-policy"
    Then the reply is:
      """
      1) "maxmemory-policy"
      2) "noeviction"
      """

  @resp3
  Scenario: CONFIG GET replies a map in RESP3
    When the client switches to RESP3
    And the client runs "CONFIG GET maxmemory-policy"
    Then the reply is {"maxmemory-policy" => "noeviction"}

  Scenario: CONFIG GET of an unknown parameter is empty
    When the client runs "CONFIG GET no-such-parameter"
    Then the reply is (empty array)

  Scenario: CONFIG GET matches a glob pattern
    When the client runs "CONFIG GET maxmemory-p*"
    Then the reply is ["maxmemory-policy", "noeviction"]

  Scenario: CONFIG GET replies an exact name under the spelling it was asked with
    When the client runs "CONFIG GET MAXMEMORY-POLICY"
    Then the reply is ["MAXMEMORY-POLICY", "noeviction"]

  @resp3
  Scenario: CONFIG GET takes several patterns
    When the client switches to RESP3
    And the client runs "CONFIG GET databases activerehashing"
    Then the reply is {"databases" => "16", "activerehashing" => "yes"}

  Scenario: CONFIG GET answers an old alias under that alias
    When the client runs "CONFIG GET slave-read-only"
    Then the reply is ["slave-read-only", "yes"]

  @resp3
  Scenario: A CONFIG GET pattern matches aliases as well as names
    When the client switches to RESP3
    And the client runs "CONFIG GET *-max-ziplist-entries"
    Then the reply is {"hash-max-ziplist-entries" => "512", "zset-max-ziplist-entries" => "128"}

  Scenario: CONFIG GET needs at least one pattern
    When the client runs "CONFIG GET"
    Then the reply is (error) ERR wrong number of arguments for 'config|get' command

  # ---------------------------------------------------------------- CONFIG SET

  @needs:config
  Scenario Outline: A memory value set as <value> reads back in bytes
    Given the config "maxmemory" is set to "<value>"
    When the client runs "CONFIG GET maxmemory"
    Then the reply is ["maxmemory", "<bytes>"]

    Examples:
      | value | bytes      |
      | 100   | 100        |
      | 1k    | 1000       |
      | 1kb   | 1024       |
      | 1mb   | 1048576    |
      | 2GB   | 2147483648 |

  @needs:config
  Scenario: save points read back as pairs of seconds and changes
    Given the config "save" is set to "3600 1 300 100 60 10000"
    When the client runs "CONFIG GET save"
    Then the reply is ["save", "3600 1 300 100 60 10000"]

  @needs:config
  Scenario Outline: hz is kept between 1 and 500
    Given the config "hz" is set to "<set>"
    When the client runs "CONFIG GET hz"
    Then the reply is ["hz", "<reads>"]

    Examples:
      | set  | reads |
      | 0    | 1     |
      | 100  | 100   |
      | 1000 | 500   |

  @needs:config
  Scenario: An enum value is accepted in any case and reads back in lower case
    Given the config "maxmemory-policy" is set to "ALLKEYS-LRU"
    When the client runs "CONFIG GET maxmemory-policy"
    Then the reply is ["maxmemory-policy", "allkeys-lru"]

  @needs:config
  Scenario: A percentage reads back as a percentage
    Given the config "maxmemory-clients" is set to "10%"
    When the client runs "CONFIG GET maxmemory-clients"
    Then the reply is ["maxmemory-clients", "10%"]

  @needs:config
  Scenario: client-output-buffer-limit changes only the classes given
    Given the config "client-output-buffer-limit" is set to "pubsub 64mb 16mb 90"
    When the client runs "CONFIG GET client-output-buffer-limit"
    Then the reply is ["client-output-buffer-limit", "normal 0 0 0 slave 268435456 67108864 60 pubsub 67108864 16777216 90"]

  @needs:config
  Scenario: notify-keyspace-events reads back in Redis's order of classes
    Given the config "notify-keyspace-events" is set to "Kg$xE"
    When the client runs "CONFIG GET notify-keyspace-events"
    Then the reply is ["notify-keyspace-events", "g$xKE"]

  @needs:config
  Scenario Outline: CONFIG SET <parameter> "<value>" is refused with Redis's reason
    When the client runs 'CONFIG SET <parameter> "<value>"'
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument '<parameter>') - <reason>

    Examples:
      | parameter                         | value       | reason                                                                                                                    |
      | maxmemory                         | 10 mb       | argument must be a memory value                                                                                           |
      | maxmemory                         | -1          | argument must be a memory value                                                                                           |
      | hz                                | fast        | argument couldn't be parsed into an integer                                                                               |
      | timeout                           | -1          | argument must be between 0 and 2147483647 inclusive                                                                       |
      | maxclients                        | 0           | argument must be between 1 and 4294967295 inclusive                                                                       |
      | port                              | 65536       | argument must be between 0 and 65535 inclusive                                                                            |
      | activerehashing                   | maybe       | argument must be 'yes' or 'no'                                                                                            |
      | maxmemory-policy                  | lru         | argument(s) must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction |
      | appendfsync                       | sometimes   | argument(s) must be one of the following: everysec, always, no                                                            |
      | maxmemory-clients                 | 101%        | percentage argument must be less or equal to 100                                                                          |
      | maxmemory-clients                 | ten         | argument must be a memory or percent value                                                                                |
      | save                              | 100         | Invalid save parameters                                                                                                   |
      | save                              | 0 1         | Invalid save parameters                                                                                                   |
      | client-output-buffer-limit        | normal 1 2  | Wrong number of arguments in buffer limit configuration.                                                                  |
      | client-output-buffer-limit        | master 1 2 3 | Invalid client class specified in buffer limit configuration.                                                            |
      | notify-keyspace-events            | KEAq        | Invalid event class character. Use 'Ag$lshzxeKEtmdn'.                                                                     |
      | oom-score-adj-values              | 0 200       | wrong number of arguments                                                                                                 |
      | latency-tracking-info-percentiles | 50 101      | latency-tracking-info-percentiles parameters should sit between [0.0,100.0]                                               |
      | shutdown-on-sigterm               | save nosave | shutdown options SAVE and NOSAVE can't be used simultaneously                                                             |

  @needs:launch
  Scenario Outline: CONFIG SET refuses to change <parameter>, a <kind> parameter
    Given the server is started with "enable-protected-configs no"
    When the client runs "CONFIG SET <parameter> <value>"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument '<parameter>') - can't set <kind> config

    Examples:
      | parameter          | value    | kind      |
      | dbfilename         | dump.rdb | protected |
      | dir                | /tmp     | protected |
      | daemonize          | no       | immutable |
      | databases          | 32       | immutable |
      | enable-debug-command | yes    | immutable |

  @needs:config
  Scenario: CONFIG SET of an unknown parameter names it
    When the client runs "CONFIG SET no-such-parameter 1"
    Then the reply is (error) ERR Unknown option or number of arguments for CONFIG SET - 'no-such-parameter'

  @needs:config
  Scenario: CONFIG SET names an alias in its error
    When the client runs "CONFIG SET slave-priority high"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'slave-priority') - argument couldn't be parsed into an integer

  @needs:config
  Scenario: CONFIG SET refuses the same parameter twice
    When the client runs "CONFIG SET maxmemory 1mb MAXMEMORY 2mb"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'MAXMEMORY') - duplicate parameter

  @needs:config
  Scenario: CONFIG SET needs name and value pairs
    When the client runs "CONFIG SET maxmemory 1mb hz"
    Then the reply is (error) ERR syntax error

  @needs:config
  Scenario: CONFIG SET sets several parameters at once
    When the client runs "CONFIG SET maxmemory 2mb maxmemory-policy allkeys-lfu"
    Then the reply is OK
    And "CONFIG GET maxmemory" replies ["maxmemory", "2097152"]
    And "CONFIG GET maxmemory-policy" replies ["maxmemory-policy", "allkeys-lfu"]

  @needs:config
  Scenario: CONFIG SET changes nothing when one of its values is refused
    When the client runs "CONFIG SET maxmemory 2mb hz fast"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'hz') - argument couldn't be parsed into an integer
    And "CONFIG GET maxmemory" replies ["maxmemory", "0"]

  @needs:launch
  Scenario: CONFIG SET reports the first problem of its pairs
    Given the server is started with "timeout 0"
    When the client runs "CONFIG SET daemonize no no-such-parameter 1"
    Then the reply is (error) ERR CONFIG SET failed (possibly related to argument 'daemonize') - can't set immutable config

  @needs:config
  Scenario: CONFIG REWRITE needs a config file
    When the client runs "CONFIG REWRITE"
    Then the reply is (error) ERR The server is running without a config file

  Scenario: An unknown CONFIG subcommand points to CONFIG HELP
    When the client runs "CONFIG FOO"
    Then the reply is (error) ERR unknown subcommand 'FOO'. Try CONFIG HELP.

  Scenario: CONFIG HELP lists the subcommands
    When the client runs "CONFIG HELP"
    Then the reply is:
      """
       1) CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:
       2) GET <pattern>
       3)     Return parameters matching the glob-like <pattern> and their values.
       4) SET <directive> <value>
       5)     Set the configuration <directive> to <value>.
       6) RESETSTAT
       7)     Reset statistics reported by the INFO command.
       8) REWRITE
       9)     Rewrite the configuration file.
      10) HELP
      11)     Prints this help.
      """

  # ---------------------------------------------------------------- CONFIG RESETSTAT and the statistics

  @needs:config
  Scenario: CONFIG RESETSTAT zeroes the counters; it is then the only command counted
    Given the client runs "SET k v"
    When the client runs "CONFIG RESETSTAT"
    Then the reply is OK
    And the INFO field "total_commands_processed" is "1"
    And the INFO field "total_error_replies" is "0"

  @needs:config
  Scenario: INFO errorstats counts error replies by their code
    Given the client runs "CONFIG RESETSTAT"
    When the client runs "GET"
    And the client runs "NOSUCHCOMMAND"
    And the client runs "INFO errorstats"
    Then the reply is "# Errorstats\r\nerrorstat_ERR:count=2\r\n"

  @needs:config
  Scenario: INFO commandstats counts calls, and rejected calls apart
    Given the client runs "CONFIG RESETSTAT"
    And the client runs "SET k v"
    When the client runs "GET"
    And the client runs "INFO commandstats"
    Then the reply is a bulk string matching "(?=.*\r\ncmdstat_set:calls=1,usec=\d+,usec_per_call=\d+\.\d\d,rejected_calls=0,failed_calls=0\r\n)(?=.*\r\ncmdstat_get:calls=0,usec=0,usec_per_call=0\.00,rejected_calls=1,failed_calls=0\r\n)# Commandstats\r\n(cmdstat_[^\r\n]+\r\n)+"

  @needs:config
  Scenario: A subcommand is counted under "container|subcommand"
    Given the client runs "CONFIG RESETSTAT"
    When the client runs "INFO commandstats"
    Then the reply is a bulk string matching "# Commandstats\r\ncmdstat_config\|resetstat:calls=1,usec=\d+,usec_per_call=\d+\.\d\d,rejected_calls=0,failed_calls=0\r\n"

  # ---------------------------------------------------------------- INFO

  Scenario: INFO replies the default sections, in Redis's order, with CRLF line endings
    When the client runs "INFO"
    Then the reply is a bulk string matching "# Server\r\n(\w+:[^\r\n]*\r\n)+\r\n# Clients\r\n(\w+:[^\r\n]*\r\n)+\r\n# Memory\r\n(\w+:[^\r\n]*\r\n)+\r\n# Persistence\r\n(\w+:[^\r\n]*\r\n)+\r\n# Stats\r\n(\w+:[^\r\n]*\r\n)+\r\n# Replication\r\n(\w+:[^\r\n]*\r\n)+\r\n# CPU\r\n(\w+:[^\r\n]*\r\n)+\r\n# Modules\r\n(\w+:[^\r\n]*\r\n)*\r\n# Errorstats\r\n(\w+:[^\r\n]*\r\n)*\r\n# Cluster\r\ncluster_enabled:0\r\n\r\n# Keyspace\r\n(db\d+:[^\r\n]*\r\n)*"

  Scenario: INFO default is the same choice of sections as INFO alone
    When the client runs "INFO default"
    Then the reply is a bulk string matching "(?!.*# Commandstats)(?!.*# Latencystats)# Server\r\n.*# Errorstats\r\n.*# Keyspace\r\n.*"

  Scenario Outline: INFO <which> adds the command statistics and the latency statistics
    When the client runs "INFO <which>"
    Then the reply is a bulk string matching "# Server\r\n.*\r\n# Modules\r\n\r\n# Commandstats\r\n.*\r\n# Errorstats\r\n.*# Latencystats\r\n.*\r\n# Cluster\r\n.*\r\n# Keyspace\r\n.*"

    Examples:
      | which      |
      | all        |
      | everything |

  Scenario: INFO takes several section names, in any case, and replies them in Redis's order
    When the client runs "INFO KEYSPACE server"
    Then the reply is a bulk string matching "# Server\r\n(\w+:[^\r\n]*\r\n)+\r\n# Keyspace\r\n"

  Scenario: INFO of an unknown section is an empty bulk string
    When the client runs "INFO no-such-section"
    Then the reply is ""

  @resp3
  Scenario: INFO is verbatim text in RESP3
    When the client switches to RESP3
    And the client runs "INFO keyspace"
    Then the reply is (verbatim txt) "# Keyspace\r\n"

  Scenario: INFO keyspace has a line per database with keys
    Given the client runs "SET a 1"
    And the client runs "SET b 2 EX 1000"
    And the client runs "SELECT 5"
    And the client runs "SET c 3"
    When the client runs "INFO keyspace"
    Then the reply is a bulk string matching "# Keyspace\r\ndb0:keys=2,expires=1,avg_ttl=\d+\r\ndb5:keys=1,expires=0,avg_ttl=0\r\n"

  Scenario: INFO server reports a standalone server and its uptime
    When the client runs "INFO server"
    Then the reply is a bulk string matching "# Server\r\n.*\r\nredis_mode:standalone\r\n.*\r\nuptime_in_seconds:\d+\r\nuptime_in_days:\d+\r\n.*"
    And the INFO field "redis_mode" is "standalone"
    And the INFO field "process_id" is an integer

  Scenario: INFO clients counts the connected clients
    Given client "B" runs "PING"
    Then the INFO field "connected_clients" is "2"
    And the INFO field "blocked_clients" is "0"
    And the INFO field "maxclients" is "10000"

  Scenario: INFO memory reports the memory in use and the maxmemory settings
    Then the INFO field "used_memory" is an integer
    And the INFO field "used_memory_peak" is an integer
    And the INFO field "maxmemory" is "0"
    And the INFO field "maxmemory_human" is "0B"
    And the INFO field "maxmemory_policy" is "noeviction"

  @needs:config
  Scenario: INFO memory shows maxmemory in bytes and in human form
    Given the config "maxmemory" is set to "100mb"
    Then the INFO field "maxmemory" is "104857600"
    And the INFO field "maxmemory_human" is "100.00M"

  Scenario: INFO replication reports a master without replicas
    Then the INFO field "role" is "master"
    And the INFO field "connected_slaves" is "0"
    And the INFO field "master_repl_offset" is an integer

  Scenario: INFO persistence reports no load and no save in progress
    Then the INFO field "loading" is "0"
    And the INFO field "rdb_bgsave_in_progress" is "0"
    And the INFO field "aof_enabled" is "0"
    And the INFO field "rdb_last_save_time" is an integer

  Scenario: INFO stats counts keyspace hits and misses
    Given the client runs "SET k v"
    And the client runs "CONFIG RESETSTAT"
    And the client runs "GET k"
    And the client runs "GET missing"
    Then the INFO field "keyspace_hits" is "1"
    And the INFO field "keyspace_misses" is "1"

  # ---------------------------------------------------------------- TIME, LASTSAVE, SHUTDOWN

  Scenario: TIME replies the unix time as two bulk strings: seconds and microseconds
    When the client runs "TIME"
    Then the reply is an array of 2 elements

  Scenario: TIME takes no argument
    When the client runs "TIME now"
    Then the reply is (error) ERR wrong number of arguments for 'time' command

  Scenario: LASTSAVE replies the unix time of the last save as an integer
    When the client runs "LASTSAVE"
    Then the reply is an integer between 1600000000 and 4102444800

  Scenario Outline: SHUTDOWN refuses <arguments>
    When the client runs "SHUTDOWN <arguments>"
    Then the reply is (error) ERR syntax error
    And the connection stays open

    Examples:
      | arguments   |
      | LATER       |
      | SAVE NOSAVE |
      | ABORT NOW   |

  Scenario: SHUTDOWN ABORT with no shutdown in progress is an error
    When the client runs "SHUTDOWN ABORT"
    Then the reply is (error) ERR No shutdown in progress.

  @needs:launch
  Scenario: SHUTDOWN NOSAVE replies nothing and the server goes away
    Given the server is started with "timeout 0"
    When the client sends the bytes "*2\r\n$8\r\nSHUTDOWN\r\n$6\r\nNOSAVE\r\n"
    Then the server closes the connection

  # ---------------------------------------------------------------- DEBUG

  @needs:launch
  Scenario: DEBUG is refused when enable-debug-command is no
    Given the server is started with "enable-debug-command no"
    When the client runs "DEBUG SLEEP 0"
    Then the reply is (error) ERR DEBUG command not allowed. If the enable-debug-command option is set to "local", you can run it from a local connection, otherwise you need to set this option in the configuration file, and then restart the server.

  @needs:launch
  Scenario: DEBUG checks its arity before its protection
    Given the server is started with "enable-debug-command no"
    When the client runs "DEBUG"
    Then the reply is (error) ERR wrong number of arguments for 'debug' command

  @needs:launch
  Scenario: DEBUG from a local connection is allowed when enable-debug-command is local
    Given the server is started with "enable-debug-command local"
    When the client runs "DEBUG SLEEP 0"
    Then the reply is OK

  @needs:debug
  Scenario: DEBUG SLEEP answers OK once it has slept
    When the client runs "DEBUG SLEEP 0.05"
    Then the reply is OK

  @needs:debug
  Scenario: A client in DEBUG SLEEP gets its OK once the sleep is over
    When client "B" sends "DEBUG SLEEP 0.3" without waiting
    Then client "B" receives OK
    And "PING" replies PONG

  @needs:debug
  Scenario Outline: DEBUG <command> is an unknown subcommand or has the wrong number of arguments
    When the client runs "DEBUG <command>"
    Then the reply is (error) ERR unknown subcommand or wrong number of arguments for '<name>'. Try DEBUG HELP.

    Examples:
      | command                 | name              |
      | NOSUCH                  | NOSUCH            |
      | SLEEP                   | SLEEP             |
      | SLEEP 1 2               | SLEEP             |
      | set-active-expire       | set-active-expire |

  @needs:launch @needs:debug
  Scenario: DEBUG SET-ACTIVE-EXPIRE 0 leaves expired keys until they are touched
    Given the server is started with "hz 100"
    And the client runs "DEBUG SET-ACTIVE-EXPIRE 0"
    And the client runs "SET k v PX 1"
    When the client waits 200 ms
    Then "DBSIZE" replies (integer) 1
    And "GET k" replies (nil)
    And "DBSIZE" replies (integer) 0

  @needs:launch @needs:debug
  Scenario: DEBUG SET-ACTIVE-EXPIRE 1 lets the server reclaim expired keys on its own
    Given the server is started with "hz 100"
    And the client runs "DEBUG SET-ACTIVE-EXPIRE 0"
    And the client runs "SET k v PX 1"
    And the client runs "DEBUG SET-ACTIVE-EXPIRE 1"
    Then within 5 seconds "DBSIZE" replies (integer) 0

  # ---------------------------------------------------------------- COMMAND

  Scenario: COMMAND INFO describes a command: name, arity, flags, keys, ACL categories, tips, key specs
    When the client runs "COMMAND INFO get"
    Then the reply is:
      """
      1)  1) "get"
          2) (integer) 2
          3) 1) readonly
             2) fast
          4) (integer) 1
          5) (integer) 1
          6) (integer) 1
          7) 1) @read
             2) @string
             3) @fast
          8) (empty array)
          9) 1) 1) "flags"
                2) 1) RO
                   2) access
                3) "begin_search"
                4) 1) "type"
                   2) "index"
                   3) "spec"
                   4) 1) "index"
                      2) (integer) 1
                5) "find_keys"
                6) 1) "type"
                   2) "range"
                   3) "spec"
                   4) 1) "lastkey"
                      2) (integer) 0
                      3) "keystep"
                      4) (integer) 1
                      5) "limit"
                      6) (integer) 0
         10) (empty array)
      """

  @resp3
  Scenario: COMMAND INFO uses sets and maps in RESP3
    When the client switches to RESP3
    And the client runs "COMMAND INFO ping"
    Then the reply is:
      """
      1)  1) "ping"
          2) (integer) -1
          3) 1~ fast
          4) (integer) 0
          5) (integer) 0
          6) (integer) 0
          7) 1~ @fast
             2~ @connection
          8) 1~ "request_policy:all_shards"
             2~ "response_policy:all_succeeded"
          9) (empty set)
         10) (empty set)
      """

  Scenario: COMMAND INFO of an unknown command is a nil in its place
    When the client runs "COMMAND INFO no-such-command get"
    Then the reply is an array of 2 elements
    And "COMMAND INFO no-such-command" replies [(nil)]

  Scenario: COMMAND INFO of a subcommand uses its full name
    When the client runs "COMMAND INFO config|get"
    Then the reply is:
      """
      1)  1) "config|get"
          2) (integer) -3
          3) 1) admin
             2) noscript
             3) loading
             4) stale
          4) (integer) 0
          5) (integer) 0
          6) (integer) 0
          7) 1) @admin
             2) @slow
             3) @dangerous
          8) (empty array)
          9) (empty array)
         10) (empty array)
      """

  Scenario: COMMAND COUNT is the number of commands
    When the client runs "COMMAND COUNT"
    Then the reply is an integer between 1 and 1000

  @resp3
  Scenario: COMMAND DOCS describes a command as a map
    When the client switches to RESP3
    And the client runs "COMMAND DOCS get"
    Then the reply is:
      """
      1# "get" =>
         1# "summary" => "Get the value of a key"
         2# "since" => "1.0.0"
         3# "group" => "string"
         4# "complexity" => "O(1)"
         5# "arguments" =>
            1) 1# "name" => "key"
               2# "type" => "key"
               3# "key_spec_index" => (integer) 0
      """

  Scenario: COMMAND DOCS leaves out unknown commands
    When the client runs "COMMAND DOCS no-such-command"
    Then the reply is (empty array)

  Scenario: COMMAND LIST FILTERBY PATTERN lists the matching commands and subcommands
    When the client runs "COMMAND LIST FILTERBY PATTERN config*"
    Then the reply is an array containing, in any order:
      """
      "config"
      "config|get"
      "config|set"
      "config|resetstat"
      "config|rewrite"
      "config|help"
      """

  Scenario: COMMAND LIST refuses an unknown filter
    When the client runs "COMMAND LIST FILTERBY COLOR red"
    Then the reply is (error) ERR syntax error

  Scenario: COMMAND GETKEYS finds the keys of a command line
    When the client runs "COMMAND GETKEYS SET greeting hello EX 10"
    Then the reply is ["greeting"]

  Scenario: COMMAND GETKEYSANDFLAGS tells how SET uses its key
    When the client runs "COMMAND GETKEYSANDFLAGS SET k v"
    Then the reply is:
      """
      1) 1) "k"
         2) 1) OW
            2) update
      """

  Scenario: COMMAND GETKEYSANDFLAGS sees that SET ... GET also reads its key
    When the client runs "COMMAND GETKEYSANDFLAGS SET k v GET"
    Then the reply is:
      """
      1) 1) "k"
         2) 1) RW
            2) access
            3) update
      """

  Scenario Outline: COMMAND GETKEYS refuses <case>
    When the client runs "COMMAND GETKEYS <command>"
    Then the reply is (error) ERR <error>

    Examples:
      | case                      | command      | error                                              |
      | an unknown command        | NOSUCH a     | Invalid command specified                          |
      | a command without keys    | PING hello   | The command has no key arguments                   |
      | the wrong argument count  | GET a b      | Invalid number of arguments specified for command  |

  Scenario: An unknown COMMAND subcommand points to COMMAND HELP
    When the client runs "COMMAND FOO"
    Then the reply is (error) ERR unknown subcommand 'FOO'. Try COMMAND HELP.
