@command-table
Feature: The command table of the list, hash, set, sorted set, string and keyspace commands
  Every command that Redis 7.0.15 puts in the ACL categories @list, @hash, @set, @sortedset, @string
  and @keyspace exists with the same arity, flags, key positions (first key, last key, step) and ACL
  categories in COMMAND INFO, and COMMAND LIST FILTERBY ACLCAT names the same commands. Flags and
  categories come in the order Redis lists them. Tips, key specs and subcommands are not compared
  here (Redis lists a container's subcommands in no fixed order). Every row was read from Redis 7.0.15.

  Scenario: COMMAND LIST FILTERBY ACLCAT list names every @list command
    When the client runs "COMMAND LIST FILTERBY ACLCAT list"
    Then the reply is an array containing, in any order:
      """
      "blmove"
      "blmpop"
      "blpop"
      "brpop"
      "brpoplpush"
      "lindex"
      "linsert"
      "llen"
      "lmove"
      "lmpop"
      "lpop"
      "lpos"
      "lpush"
      "lpushx"
      "lrange"
      "lrem"
      "lset"
      "ltrim"
      "rpop"
      "rpoplpush"
      "rpush"
      "rpushx"
      "sort"
      "sort_ro"
      """

  Scenario: COMMAND LIST FILTERBY ACLCAT hash names every @hash command
    When the client runs "COMMAND LIST FILTERBY ACLCAT hash"
    Then the reply is an array containing, in any order:
      """
      "hdel"
      "hexists"
      "hget"
      "hgetall"
      "hincrby"
      "hincrbyfloat"
      "hkeys"
      "hlen"
      "hmget"
      "hmset"
      "hrandfield"
      "hscan"
      "hset"
      "hsetnx"
      "hstrlen"
      "hvals"
      """

  Scenario: COMMAND LIST FILTERBY ACLCAT set names every @set command
    When the client runs "COMMAND LIST FILTERBY ACLCAT set"
    Then the reply is an array containing, in any order:
      """
      "sadd"
      "scard"
      "sdiff"
      "sdiffstore"
      "sinter"
      "sintercard"
      "sinterstore"
      "sismember"
      "smembers"
      "smismember"
      "smove"
      "sort"
      "sort_ro"
      "spop"
      "srandmember"
      "srem"
      "sscan"
      "sunion"
      "sunionstore"
      """

  Scenario: COMMAND LIST FILTERBY ACLCAT sortedset names every @sortedset command
    When the client runs "COMMAND LIST FILTERBY ACLCAT sortedset"
    Then the reply is an array containing, in any order:
      """
      "bzmpop"
      "bzpopmax"
      "bzpopmin"
      "sort"
      "sort_ro"
      "zadd"
      "zcard"
      "zcount"
      "zdiff"
      "zdiffstore"
      "zincrby"
      "zinter"
      "zintercard"
      "zinterstore"
      "zlexcount"
      "zmpop"
      "zmscore"
      "zpopmax"
      "zpopmin"
      "zrandmember"
      "zrange"
      "zrangebylex"
      "zrangebyscore"
      "zrangestore"
      "zrank"
      "zrem"
      "zremrangebylex"
      "zremrangebyrank"
      "zremrangebyscore"
      "zrevrange"
      "zrevrangebylex"
      "zrevrangebyscore"
      "zrevrank"
      "zscan"
      "zscore"
      "zunion"
      "zunionstore"
      """

  Scenario: COMMAND LIST FILTERBY ACLCAT string names every @string command
    When the client runs "COMMAND LIST FILTERBY ACLCAT string"
    Then the reply is an array containing, in any order:
      """
      "append"
      "decr"
      "decrby"
      "get"
      "getdel"
      "getex"
      "getrange"
      "getset"
      "incr"
      "incrby"
      "incrbyfloat"
      "lcs"
      "mget"
      "mset"
      "msetnx"
      "psetex"
      "set"
      "setex"
      "setnx"
      "setrange"
      "strlen"
      "substr"
      """

  Scenario Outline: COMMAND INFO describes <command> as Redis 7.0.15 does
    When the client runs "COMMAND INFO <command>"
    Then the first element of the reply starts with ["<command>", (integer) <arity>, [<flags>], (integer) <first>, (integer) <last>, (integer) <step>, [<categories>]]

    # DUMP, RESTORE, RESTORE-ASKING and MIGRATE (@keyspace) come with the RDB payloads of issue #5.
    Examples:
      | command          | arity | flags                              | first | last | step | categories                                         |
      | append           | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | blmove           | 6     | write, denyoom, noscript, blocking | 1     | 2    | 1    | @write, @list, @slow, @blocking                    |
      | blmpop           | -5    | write, blocking, movablekeys       | 0     | 0    | 0    | @write, @list, @slow, @blocking                    |
      | blpop            | -3    | write, noscript, blocking          | 1     | -2   | 1    | @write, @list, @slow, @blocking                    |
      | brpop            | -3    | write, noscript, blocking          | 1     | -2   | 1    | @write, @list, @slow, @blocking                    |
      | brpoplpush       | 4     | write, denyoom, noscript, blocking | 1     | 2    | 1    | @write, @list, @slow, @blocking                    |
      | bzmpop           | -5    | write, blocking, movablekeys       | 0     | 0    | 0    | @write, @sortedset, @slow, @blocking               |
      | bzpopmax         | -3    | write, noscript, blocking, fast    | 1     | -2   | 1    | @write, @sortedset, @fast, @blocking               |
      | bzpopmin         | -3    | write, noscript, blocking, fast    | 1     | -2   | 1    | @write, @sortedset, @fast, @blocking               |
      | copy             | -3    | write, denyoom                     | 1     | 2    | 1    | @keyspace, @write, @slow                           |
      | dbsize           | 1     | readonly, fast                     | 0     | 0    | 0    | @keyspace, @read, @fast                            |
      | decr             | 2     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | decrby           | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | del              | -2    | write                              | 1     | -1   | 1    | @keyspace, @write, @slow                           |
      | exists           | -2    | readonly, fast                     | 1     | -1   | 1    | @keyspace, @read, @fast                            |
      | expire           | -3    | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | expireat         | -3    | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | expiretime       | 2     | readonly, fast                     | 1     | 1    | 1    | @keyspace, @read, @fast                            |
      | flushall         | -1    | write                              | 0     | 0    | 0    | @keyspace, @write, @slow, @dangerous               |
      | flushdb          | -1    | write                              | 0     | 0    | 0    | @keyspace, @write, @slow, @dangerous               |
      | get              | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @string, @fast                              |
      | getdel           | 2     | write, fast                        | 1     | 1    | 1    | @write, @string, @fast                             |
      | getex            | -2    | write, fast                        | 1     | 1    | 1    | @write, @string, @fast                             |
      | getrange         | 4     | readonly                           | 1     | 1    | 1    | @read, @string, @slow                              |
      | getset           | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | hdel             | -3    | write, fast                        | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hexists          | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @hash, @fast                                |
      | hget             | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @hash, @fast                                |
      | hgetall          | 2     | readonly                           | 1     | 1    | 1    | @read, @hash, @slow                                |
      | hincrby          | 4     | write, denyoom, fast               | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hincrbyfloat     | 4     | write, denyoom, fast               | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hkeys            | 2     | readonly                           | 1     | 1    | 1    | @read, @hash, @slow                                |
      | hlen             | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @hash, @fast                                |
      | hmget            | -3    | readonly, fast                     | 1     | 1    | 1    | @read, @hash, @fast                                |
      | hmset            | -4    | write, denyoom, fast               | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hrandfield       | -2    | readonly                           | 1     | 1    | 1    | @read, @hash, @slow                                |
      | hscan            | -3    | readonly                           | 1     | 1    | 1    | @read, @hash, @slow                                |
      | hset             | -4    | write, denyoom, fast               | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hsetnx           | 4     | write, denyoom, fast               | 1     | 1    | 1    | @write, @hash, @fast                               |
      | hstrlen          | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @hash, @fast                                |
      | hvals            | 2     | readonly                           | 1     | 1    | 1    | @read, @hash, @slow                                |
      | incr             | 2     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | incrby           | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | incrbyfloat      | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | keys             | 2     | readonly                           | 0     | 0    | 0    | @keyspace, @read, @slow, @dangerous                |
      | lcs              | -3    | readonly                           | 1     | 2    | 1    | @read, @string, @slow                              |
      | lindex           | 3     | readonly                           | 1     | 1    | 1    | @read, @list, @slow                                |
      | linsert          | 5     | write, denyoom                     | 1     | 1    | 1    | @write, @list, @slow                               |
      | llen             | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @list, @fast                                |
      | lmove            | 5     | write, denyoom                     | 1     | 2    | 1    | @write, @list, @slow                               |
      | lmpop            | -4    | write, movablekeys                 | 0     | 0    | 0    | @write, @list, @slow                               |
      | lpop             | -2    | write, fast                        | 1     | 1    | 1    | @write, @list, @fast                               |
      | lpos             | -3    | readonly                           | 1     | 1    | 1    | @read, @list, @slow                                |
      | lpush            | -3    | write, denyoom, fast               | 1     | 1    | 1    | @write, @list, @fast                               |
      | lpushx           | -3    | write, denyoom, fast               | 1     | 1    | 1    | @write, @list, @fast                               |
      | lrange           | 4     | readonly                           | 1     | 1    | 1    | @read, @list, @slow                                |
      | lrem             | 4     | write                              | 1     | 1    | 1    | @write, @list, @slow                               |
      | lset             | 4     | write, denyoom                     | 1     | 1    | 1    | @write, @list, @slow                               |
      | ltrim            | 4     | write                              | 1     | 1    | 1    | @write, @list, @slow                               |
      | mget             | -2    | readonly, fast                     | 1     | -1   | 1    | @read, @string, @fast                              |
      | move             | 3     | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | mset             | -3    | write, denyoom                     | 1     | -1   | 2    | @write, @string, @slow                             |
      | msetnx           | -3    | write, denyoom                     | 1     | -1   | 2    | @write, @string, @slow                             |
      | object\|encoding | 3     | readonly                           | 2     | 2    | 1    | @keyspace, @read, @slow                            |
      | object\|freq     | 3     | readonly                           | 2     | 2    | 1    | @keyspace, @read, @slow                            |
      | object\|help     | 2     | loading, stale                     | 0     | 0    | 0    | @keyspace, @slow                                   |
      | object\|idletime | 3     | readonly                           | 2     | 2    | 1    | @keyspace, @read, @slow                            |
      | object\|refcount | 3     | readonly                           | 2     | 2    | 1    | @keyspace, @read, @slow                            |
      | persist          | 2     | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | pexpire          | -3    | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | pexpireat        | -3    | write, fast                        | 1     | 1    | 1    | @keyspace, @write, @fast                           |
      | pexpiretime      | 2     | readonly, fast                     | 1     | 1    | 1    | @keyspace, @read, @fast                            |
      | psetex           | 4     | write, denyoom                     | 1     | 1    | 1    | @write, @string, @slow                             |
      | pttl             | 2     | readonly, fast                     | 1     | 1    | 1    | @keyspace, @read, @fast                            |
      | randomkey        | 1     | readonly                           | 0     | 0    | 0    | @keyspace, @read, @slow                            |
      | rename           | 3     | write                              | 1     | 2    | 1    | @keyspace, @write, @slow                           |
      | renamenx         | 3     | write, fast                        | 1     | 2    | 1    | @keyspace, @write, @fast                           |
      | rpop             | -2    | write, fast                        | 1     | 1    | 1    | @write, @list, @fast                               |
      | rpoplpush        | 3     | write, denyoom                     | 1     | 2    | 1    | @write, @list, @slow                               |
      | rpush            | -3    | write, denyoom, fast               | 1     | 1    | 1    | @write, @list, @fast                               |
      | rpushx           | -3    | write, denyoom, fast               | 1     | 1    | 1    | @write, @list, @fast                               |
      | sadd             | -3    | write, denyoom, fast               | 1     | 1    | 1    | @write, @set, @fast                                |
      | scan             | -2    | readonly                           | 0     | 0    | 0    | @keyspace, @read, @slow                            |
      | scard            | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @set, @fast                                 |
      | sdiff            | -2    | readonly                           | 1     | -1   | 1    | @read, @set, @slow                                 |
      | sdiffstore       | -3    | write, denyoom                     | 1     | -1   | 1    | @write, @set, @slow                                |
      | set              | -3    | write, denyoom                     | 1     | 1    | 1    | @write, @string, @slow                             |
      | setex            | 4     | write, denyoom                     | 1     | 1    | 1    | @write, @string, @slow                             |
      | setnx            | 3     | write, denyoom, fast               | 1     | 1    | 1    | @write, @string, @fast                             |
      | setrange         | 4     | write, denyoom                     | 1     | 1    | 1    | @write, @string, @slow                             |
      | sinter           | -2    | readonly                           | 1     | -1   | 1    | @read, @set, @slow                                 |
      | sintercard       | -3    | readonly, movablekeys              | 0     | 0    | 0    | @read, @set, @slow                                 |
      | sinterstore      | -3    | write, denyoom                     | 1     | -1   | 1    | @write, @set, @slow                                |
      | sismember        | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @set, @fast                                 |
      | smembers         | 2     | readonly                           | 1     | 1    | 1    | @read, @set, @slow                                 |
      | smismember       | -3    | readonly, fast                     | 1     | 1    | 1    | @read, @set, @fast                                 |
      | smove            | 4     | write, fast                        | 1     | 2    | 1    | @write, @set, @fast                                |
      | sort             | -2    | write, denyoom, movablekeys        | 1     | 1    | 1    | @write, @set, @sortedset, @list, @slow, @dangerous |
      | sort_ro          | -2    | readonly, movablekeys              | 1     | 1    | 1    | @read, @set, @sortedset, @list, @slow, @dangerous  |
      | spop             | -2    | write, fast                        | 1     | 1    | 1    | @write, @set, @fast                                |
      | srandmember      | -2    | readonly                           | 1     | 1    | 1    | @read, @set, @slow                                 |
      | srem             | -3    | write, fast                        | 1     | 1    | 1    | @write, @set, @fast                                |
      | sscan            | -3    | readonly                           | 1     | 1    | 1    | @read, @set, @slow                                 |
      | strlen           | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @string, @fast                              |
      | substr           | 4     | readonly                           | 1     | 1    | 1    | @read, @string, @slow                              |
      | sunion           | -2    | readonly                           | 1     | -1   | 1    | @read, @set, @slow                                 |
      | sunionstore      | -3    | write, denyoom                     | 1     | -1   | 1    | @write, @set, @slow                                |
      | swapdb           | 3     | write, fast                        | 0     | 0    | 0    | @keyspace, @write, @fast, @dangerous               |
      | touch            | -2    | readonly, fast                     | 1     | -1   | 1    | @keyspace, @read, @fast                            |
      | ttl              | 2     | readonly, fast                     | 1     | 1    | 1    | @keyspace, @read, @fast                            |
      | type             | 2     | readonly, fast                     | 1     | 1    | 1    | @keyspace, @read, @fast                            |
      | unlink           | -2    | write, fast                        | 1     | -1   | 1    | @keyspace, @write, @fast                           |
      | zadd             | -4    | write, denyoom, fast               | 1     | 1    | 1    | @write, @sortedset, @fast                          |
      | zcard            | 2     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zcount           | 4     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zdiff            | -3    | readonly, movablekeys              | 0     | 0    | 0    | @read, @sortedset, @slow                           |
      | zdiffstore       | -4    | write, denyoom, movablekeys        | 1     | 1    | 1    | @write, @sortedset, @slow                          |
      | zincrby          | 4     | write, denyoom, fast               | 1     | 1    | 1    | @write, @sortedset, @fast                          |
      | zinter           | -3    | readonly, movablekeys              | 0     | 0    | 0    | @read, @sortedset, @slow                           |
      | zintercard       | -3    | readonly, movablekeys              | 0     | 0    | 0    | @read, @sortedset, @slow                           |
      | zinterstore      | -4    | write, denyoom, movablekeys        | 1     | 1    | 1    | @write, @sortedset, @slow                          |
      | zlexcount        | 4     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zmpop            | -4    | write, movablekeys                 | 0     | 0    | 0    | @write, @sortedset, @slow                          |
      | zmscore          | -3    | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zpopmax          | -2    | write, fast                        | 1     | 1    | 1    | @write, @sortedset, @fast                          |
      | zpopmin          | -2    | write, fast                        | 1     | 1    | 1    | @write, @sortedset, @fast                          |
      | zrandmember      | -2    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrange           | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrangebylex      | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrangebyscore    | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrangestore      | -5    | write, denyoom                     | 1     | 2    | 1    | @write, @sortedset, @slow                          |
      | zrank            | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zrem             | -3    | write, fast                        | 1     | 1    | 1    | @write, @sortedset, @fast                          |
      | zremrangebylex   | 4     | write                              | 1     | 1    | 1    | @write, @sortedset, @slow                          |
      | zremrangebyrank  | 4     | write                              | 1     | 1    | 1    | @write, @sortedset, @slow                          |
      | zremrangebyscore | 4     | write                              | 1     | 1    | 1    | @write, @sortedset, @slow                          |
      | zrevrange        | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrevrangebylex   | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrevrangebyscore | -4    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zrevrank         | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zscan            | -3    | readonly                           | 1     | 1    | 1    | @read, @sortedset, @slow                           |
      | zscore           | 3     | readonly, fast                     | 1     | 1    | 1    | @read, @sortedset, @fast                           |
      | zunion           | -3    | readonly, movablekeys              | 0     | 0    | 0    | @read, @sortedset, @slow                           |
      | zunionstore      | -4    | write, denyoom, movablekeys        | 1     | 1    | 1    | @write, @sortedset, @slow                          |
