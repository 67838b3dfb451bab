@pubsub
Feature: Pub/Sub (SUBSCRIBE, PSUBSCRIBE, SSUBSCRIBE, PUBLISH, SPUBLISH, PUBSUB)
  A client subscribes to channels, glob patterns or shard channels and from then on receives every
  message published to them; each (un)subscription is confirmed with the client's subscription count.
  In RESP2 a subscribed connection only takes (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING, QUIT and RESET;
  in RESP3 messages are pushes and any command may run meanwhile.
  With notify-keyspace-events, writes publish keyspace (__keyspace@<db>__:<key> -> event) and keyevent
  (__keyevent@<db>__:<event> -> key) notifications for the enabled event classes.

  # ---------------------------------------------------------------- subscribing and publishing

  Scenario: SUBSCRIBE confirms each channel with the number of subscriptions so far
    When client "S" runs "SUBSCRIBE news sport"
    Then client "S" got ["subscribe", "news", (integer) 1]
    And client "S" receives ["subscribe", "sport", (integer) 2]

  Scenario: PUBLISH delivers the message and replies with the number of receivers
    Given client "S" runs "SUBSCRIBE news"
    When the client runs "PUBLISH news hello"
    Then the reply is (integer) 1
    And client "S" receives ["message", "news", "hello"]

  Scenario: PUBLISH to a channel nobody listens to reaches no one
    When the client runs "PUBLISH nobody hello"
    Then the reply is (integer) 0

  Scenario: Every subscriber of the channel gets the message
    Given client "S" runs "SUBSCRIBE news"
    And client "T" runs "SUBSCRIBE news"
    When the client runs "PUBLISH news hello"
    Then the reply is (integer) 2
    And client "S" receives ["message", "news", "hello"]
    And client "T" receives ["message", "news", "hello"]

  Scenario: Subscribing twice to a channel counts once and delivers once
    Given client "S" runs "SUBSCRIBE news news"
    And client "S" receives ["subscribe", "news", (integer) 1]
    When the client runs "PUBLISH news hello"
    Then the reply is (integer) 1
    And client "S" receives ["message", "news", "hello"]
    And client "S" gets nothing more within 300 ms

  Scenario: Messages are binary safe
    Given client "S" runs "SUBSCRIBE news"
    When the client runs 'PUBLISH news "a\x00b\r\n"'
    Then the reply is (integer) 1
    And client "S" receives ["message", "news", "a\x00b\r\n"]

  Scenario: Messages arrive in the order they were published
    Given client "S" runs "SUBSCRIBE news"
    And the client runs "PUBLISH news first"
    And the client runs "PUBLISH news second"
    Then client "S" receives ["message", "news", "first"]
    And client "S" receives ["message", "news", "second"]

  Scenario: A message published inside a transaction is delivered when EXEC runs
    Given client "S" runs "SUBSCRIBE news"
    And the client runs "MULTI"
    And the client runs "PUBLISH news queued"
    When the client runs "EXEC"
    Then the reply is [(integer) 1]
    And client "S" receives ["message", "news", "queued"]

  Scenario Outline: <command> needs at least <needs>
    When the client runs "<command>"
    Then the reply is (error) ERR wrong number of arguments for '<name>' command

    Examples:
      | command           | name        | needs               |
      | SUBSCRIBE         | subscribe   | a channel           |
      | PSUBSCRIBE        | psubscribe  | a pattern           |
      | SSUBSCRIBE        | ssubscribe  | a shard channel     |
      | PUBLISH news      | publish     | a channel and text  |
      | SPUBLISH news     | spublish    | a channel and text  |

  # ---------------------------------------------------------------- patterns

  Scenario: A pattern subscriber receives pmessage with the pattern that matched
    Given client "S" runs "PSUBSCRIBE news.*"
    When the client runs "PUBLISH news.tech hello"
    Then the reply is (integer) 1
    And client "S" receives ["pmessage", "news.*", "news.tech", "hello"]

  Scenario: PSUBSCRIBE counts patterns together with channels
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "PSUBSCRIBE news.* sport.*"
    Then client "S" got ["psubscribe", "news.*", (integer) 2]
    And client "S" receives ["psubscribe", "sport.*", (integer) 3]

  Scenario: A client subscribed to a channel and a matching pattern gets the message twice
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "PSUBSCRIBE n*"
    When the client runs "PUBLISH news hello"
    Then the reply is (integer) 2
    And client "S" receives ["message", "news", "hello"]
    And client "S" receives ["pmessage", "n*", "news", "hello"]

  Scenario: A client subscribed to two matching patterns gets the message once for each
    Given client "S" runs "PSUBSCRIBE n* *s"
    And client "S" receives ["psubscribe", "*s", (integer) 2]
    When the client runs "PUBLISH news hello"
    Then the reply is (integer) 2
    And client "S" receives, in any order:
      """
      ["pmessage", "n*", "news", "hello"]
      ["pmessage", "*s", "news", "hello"]
      """

  Scenario Outline: Pattern <pattern> <verdict> channel <channel>
    Given client "S" runs "PSUBSCRIBE <pattern>"
    When the client runs "PUBLISH <channel> m"
    Then the reply is (integer) <receivers>

    Examples:
      | pattern  | channel  | receivers | verdict         |
      | h?llo    | hello    | 1         | matches         |
      | h?llo    | heello   | 0         | does not match  |
      | h*llo    | heeello  | 1         | matches         |
      | h*llo    | hellox   | 0         | does not match  |
      | h[ae]llo | hallo    | 1         | matches         |
      | h[ae]llo | hillo    | 0         | does not match  |
      | h[^e]llo | hallo    | 1         | matches         |
      | h[^e]llo | hello    | 0         | does not match  |
      | h[a-c]lo | hblo     | 1         | matches         |
      | h\*llo   | h*llo    | 1         | matches         |
      | h\*llo   | hello    | 0         | does not match  |
      | HELLO    | hello    | 0         | does not match  |

  Scenario: A pattern subscriber does not receive messages of other channels
    Given client "S" runs "PSUBSCRIBE news.*"
    When the client runs "PUBLISH sport.tennis hello"
    Then the reply is (integer) 0
    And client "S" gets nothing more within 300 ms

  # ---------------------------------------------------------------- unsubscribing

  Scenario: UNSUBSCRIBE confirms with the subscriptions left, and the messages stop
    Given client "S" runs "SUBSCRIBE news sport"
    And client "S" receives ["subscribe", "sport", (integer) 2]
    When client "S" runs "UNSUBSCRIBE news"
    Then client "S" got ["unsubscribe", "news", (integer) 1]
    And "PUBLISH news hello" replies (integer) 0

  Scenario: UNSUBSCRIBE without channels leaves the channels but not the patterns
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "PSUBSCRIBE p*"
    When client "S" runs "UNSUBSCRIBE"
    Then client "S" got ["unsubscribe", "news", (integer) 1]
    And "PUBSUB NUMPAT" replies (integer) 1

  Scenario: UNSUBSCRIBE without channels confirms each channel it leaves
    Given client "S" runs "SUBSCRIBE a b c"
    And client "S" receives ["subscribe", "b", (integer) 2]
    And client "S" receives ["subscribe", "c", (integer) 3]
    When client "S" sends "UNSUBSCRIBE" without waiting
    Then client "S" gets 3 more replies, each matching "\[\"unsubscribe\", \"[abc]\", \(integer\) [0-2]\]"
    And "PUBSUB NUMSUB a b c" replies ["a", (integer) 0, "b", (integer) 0, "c", (integer) 0]

  Scenario: PUNSUBSCRIBE without patterns leaves every pattern in the order they were subscribed
    Given client "S" runs "PSUBSCRIBE a* b* c*"
    And client "S" receives ["psubscribe", "b*", (integer) 2]
    And client "S" receives ["psubscribe", "c*", (integer) 3]
    When client "S" runs "PUNSUBSCRIBE"
    Then client "S" got ["punsubscribe", "a*", (integer) 2]
    And client "S" receives ["punsubscribe", "b*", (integer) 1]
    And client "S" receives ["punsubscribe", "c*", (integer) 0]

  Scenario Outline: <command> without subscriptions still answers, with a nil name
    When the client runs "<command>"
    Then the reply is ["<word>", (nil), (integer) 0]

    Examples:
      | command      | word         |
      | UNSUBSCRIBE  | unsubscribe  |
      | PUNSUBSCRIBE | punsubscribe |
      | SUNSUBSCRIBE | sunsubscribe |

  Scenario: UNSUBSCRIBE from a channel the client never subscribed to still confirms it
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "UNSUBSCRIBE sport"
    Then client "S" got ["unsubscribe", "sport", (integer) 1]

  Scenario: After leaving every subscription the client may run any command again
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "UNSUBSCRIBE news"
    When client "S" runs "SET k v"
    Then client "S" got OK

  Scenario: A disconnected subscriber is forgotten
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "PSUBSCRIBE n*"
    When client "S" disconnects
    Then within 2 seconds "PUBSUB NUMSUB news" replies ["news", (integer) 0]
    And within 2 seconds "PUBSUB NUMPAT" replies (integer) 0
    And "PUBLISH news hello" replies (integer) 0

  # ---------------------------------------------------------------- shard channels

  Scenario: SSUBSCRIBE and SPUBLISH work outside cluster mode, with smessage
    Given client "S" runs "SSUBSCRIBE orders"
    When the client runs "SPUBLISH orders o1"
    Then the reply is (integer) 1
    And client "S" receives ["smessage", "orders", "o1"]

  Scenario: Shard subscriptions are counted apart from channels and patterns
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "PSUBSCRIBE n*"
    When client "S" runs "SSUBSCRIBE orders"
    Then client "S" got ["ssubscribe", "orders", (integer) 1]
    And client "S" runs "SUNSUBSCRIBE orders"
    And client "S" got ["sunsubscribe", "orders", (integer) 0]

  Scenario: SPUBLISH does not reach channel or pattern subscribers, nor PUBLISH shard subscribers
    Given client "S" runs "SUBSCRIBE orders"
    And client "S" runs "PSUBSCRIBE *"
    And client "T" runs "SSUBSCRIBE news"
    When the client runs "SPUBLISH news o1"
    Then the reply is (integer) 1
    And "PUBLISH orders o2" replies (integer) 2
    And "SPUBLISH orders o3" replies (integer) 0

  # ---------------------------------------------------------------- the subscribed context (RESP2)

  Scenario Outline: A RESP2 subscriber cannot run <command>
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "<command>"
    Then client "S" got:
      """
      (error) ERR Can't execute '<name>': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context
      """

    Examples:
      | command     | name        |
      | GET k       | get         |
      | SET k v     | set         |
      | CLIENT INFO | client\|info |
      | MULTI       | multi       |
      | PUBLISH a b | publish     |

  Scenario Outline: PING in the subscribed context answers like a message: <command>
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "<command>"
    Then client "S" got <reply>

    Examples:
      | command   | reply             |
      | PING      | ["pong", ""]      |
      | PING ahoy | ["pong", "ahoy"]  |

  Scenario: A subscriber may still subscribe to more, and to patterns and shard channels
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "SSUBSCRIBE orders"
    Then client "S" got ["ssubscribe", "orders", (integer) 1]

  Scenario: RESET leaves the subscribed context and drops every subscription
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "PSUBSCRIBE n*"
    When client "S" runs "RESET"
    Then client "S" got RESET
    And client "S" runs "GET k"
    And client "S" got (nil)
    And "PUBLISH news hello" replies (integer) 0

  Scenario: QUIT is answered in the subscribed context
    Given client "S" runs "SUBSCRIBE news"
    When client "S" runs "QUIT"
    Then client "S" got OK

  # ---------------------------------------------------------------- RESP3

  @resp3
  Scenario: In RESP3 confirmations and messages are pushes, and any command may run
    Given client "S" runs "HELLO 3"
    When client "S" runs "SUBSCRIBE news"
    Then client "S" got >["subscribe", "news", (integer) 1]
    And client "S" runs "GET k"
    And client "S" got (null)
    And client "S" runs "PING"
    And client "S" got PONG
    And "PUBLISH news hello" replies (integer) 1
    And client "S" receives >["message", "news", "hello"]

  @resp3
  Scenario: In RESP3 a pattern message is a push of four elements
    Given client "S" runs "HELLO 3"
    And client "S" runs "PSUBSCRIBE n*"
    When the client runs "PUBLISH news hello"
    Then client "S" receives >["pmessage", "n*", "news", "hello"]

  @resp3
  Scenario: In RESP3 UNSUBSCRIBE without subscriptions pushes a null name
    Given client "S" runs "HELLO 3"
    When client "S" runs "UNSUBSCRIBE"
    Then client "S" got >["unsubscribe", (null), (integer) 0]

  # ---------------------------------------------------------------- transactions

  Scenario: SUBSCRIBE queued in MULTI runs in EXEC and leaves the client subscribed
    Given client "S" runs "MULTI"
    And client "S" runs "SUBSCRIBE news"
    When client "S" runs "EXEC"
    Then client "S" got [["subscribe", "news", (integer) 1]]
    And client "S" runs "GET k"
    And client "S" got an error starting with "ERR Can't execute 'get'"

  Scenario: SSUBSCRIBE is refused inside EXEC
    Given client "S" runs "MULTI"
    And client "S" runs "SSUBSCRIBE orders"
    When client "S" runs "EXEC"
    Then client "S" got [(error) ERR SSUBSCRIBE isn't allowed for a DENY BLOCKING client]

  # ---------------------------------------------------------------- introspection

  Scenario: PUBSUB CHANNELS lists the channels with a subscriber
    Given client "S" runs "SUBSCRIBE news sport"
    And client "S" receives ["subscribe", "sport", (integer) 2]
    And client "T" runs "PSUBSCRIBE weather"
    When the client runs "PUBSUB CHANNELS"
    Then the reply is an array containing, in any order:
      """
      "news"
      "sport"
      """

  Scenario: PUBSUB CHANNELS filters with a glob pattern
    Given client "S" runs "SUBSCRIBE news.tech news.art sport"
    And client "S" receives ["subscribe", "news.art", (integer) 2]
    And client "S" receives ["subscribe", "sport", (integer) 3]
    When the client runs "PUBSUB CHANNELS news.*"
    Then the reply is an array containing, in any order:
      """
      "news.tech"
      "news.art"
      """

  Scenario: PUBSUB CHANNELS forgets a channel once its last subscriber left
    Given client "S" runs "SUBSCRIBE news"
    And client "S" runs "UNSUBSCRIBE news"
    When the client runs "PUBSUB CHANNELS"
    Then the reply is (empty array)

  Scenario: PUBSUB NUMSUB counts channel subscribers, not pattern subscribers
    Given client "S" runs "SUBSCRIBE news"
    And client "T" runs "SUBSCRIBE news"
    And client "U" runs "PSUBSCRIBE *"
    When the client runs "PUBSUB NUMSUB news sport"
    Then the reply is ["news", (integer) 2, "sport", (integer) 0]

  Scenario: PUBSUB NUMSUB without channels replies an empty array
    When the client runs "PUBSUB NUMSUB"
    Then the reply is (empty array)

  Scenario: PUBSUB NUMPAT counts distinct patterns
    Given client "S" runs "PSUBSCRIBE n* s*"
    And client "S" receives ["psubscribe", "s*", (integer) 2]
    And client "T" runs "PSUBSCRIBE n*"
    When the client runs "PUBSUB NUMPAT"
    Then the reply is (integer) 2

  Scenario: PUBSUB SHARDCHANNELS and SHARDNUMSUB see shard channels only
    Given client "S" runs "SSUBSCRIBE orders"
    And client "T" runs "SUBSCRIBE news"
    When the client runs "PUBSUB SHARDCHANNELS"
    Then the reply is ["orders"]
    And "PUBSUB SHARDNUMSUB orders news" replies ["orders", (integer) 1, "news", (integer) 0]

  Scenario: PUBSUB HELP
    When the client runs "PUBSUB HELP"
    Then the reply is:
      """
       1) PUBSUB <subcommand> [<arg> [value] [opt] ...]. Subcommands are:
       2) CHANNELS [<pattern>]
       3)     Return the currently active channels matching a <pattern> (default: '*').
       4) NUMPAT
       5)     Return number of subscriptions to patterns.
       6) NUMSUB [<channel> ...]
       7)     Return the number of subscribers for the specified channels, excluding
       8)     pattern subscriptions(default: no channels).
       9) SHARDCHANNELS [<pattern>]
      10)     Return the currently active shard level channels matching a <pattern> (default: '*').
      11) SHARDNUMSUB [<shardchannel> ...]
      12)     Return the number of subscribers for the specified shard level channel(s)
      13) HELP
      14)     Prints this help.
      """

  Scenario Outline: PUBSUB <command> is refused
    When the client runs "PUBSUB <command>"
    Then the reply is:
      """
      (error) <error>
      """

    Examples:
      | command       | error                                                                                     |
      | CHANNELS a b  | ERR unknown subcommand or wrong number of arguments for 'CHANNELS'. Try PUBSUB HELP.      |
      | NUMPAT x      | ERR wrong number of arguments for 'pubsub\|numpat' command                                 |
      | FOO           | ERR unknown subcommand 'FOO'. Try PUBSUB HELP.                                            |

  Scenario: CLIENT LIST shows a subscriber's flag and subscription counts
    Given client "S" runs "SUBSCRIBE a b"
    And client "S" receives ["subscribe", "b", (integer) 2]
    And client "S" runs "PSUBSCRIBE p*"
    And client "S" runs "SSUBSCRIBE s"
    When the client runs "CLIENT LIST TYPE pubsub"
    Then the reply is a bulk string matching "id=\d+ [^\n]* flags=P db=0 sub=2 psub=1 ssub=1 [^\n]*\n"

  Scenario: INFO counts the channels, patterns and shard channels with subscribers
    Given client "S" runs "SUBSCRIBE a b"
    And client "S" receives ["subscribe", "b", (integer) 2]
    And client "T" runs "SUBSCRIBE a"
    And client "T" runs "PSUBSCRIBE p*"
    And client "T" runs "SSUBSCRIBE s"
    Then the INFO field "pubsub_channels" is "2"
    And the INFO field "pubsub_patterns" is "1"
    And the INFO field "pubsubshard_channels" is "1"

  # ---------------------------------------------------------------- the command table

  Scenario: COMMAND LIST FILTERBY ACLCAT pubsub names every Pub/Sub command
    When the client runs "COMMAND LIST FILTERBY ACLCAT pubsub"
    Then the reply is an array containing, in any order:
      """
      "subscribe"
      "unsubscribe"
      "psubscribe"
      "punsubscribe"
      "ssubscribe"
      "sunsubscribe"
      "publish"
      "spublish"
      "pubsub|channels"
      "pubsub|numsub"
      "pubsub|numpat"
      "pubsub|shardchannels"
      "pubsub|shardnumsub"
      """

  Scenario Outline: COMMAND INFO describes <command> as Redis 7.0.15 does
    When the client runs "COMMAND INFO <command>"
    Then the first element of the reply starts with ["<command>", (integer) <arity>, [<flags>], (integer) <first>, (integer) <last>, (integer) <step>, [<categories>]]

    Examples:
      | command               | arity | flags                          | first | last | step | categories      |
      | subscribe             | -2    | pubsub, noscript, loading, stale | 0   | 0    | 0    | @pubsub, @slow  |
      | psubscribe            | -2    | pubsub, noscript, loading, stale | 0   | 0    | 0    | @pubsub, @slow  |
      | ssubscribe            | -2    | pubsub, noscript, loading, stale | 1   | -1   | 1    | @pubsub, @slow  |
      | unsubscribe           | -1    | pubsub, noscript, loading, stale | 0   | 0    | 0    | @pubsub, @slow  |
      | punsubscribe          | -1    | pubsub, noscript, loading, stale | 0   | 0    | 0    | @pubsub, @slow  |
      | sunsubscribe          | -1    | pubsub, noscript, loading, stale | 1   | -1   | 1    | @pubsub, @slow  |
      | publish               | 3     | pubsub, loading, stale, fast   | 0     | 0    | 0    | @pubsub, @fast  |
      | spublish              | 3     | pubsub, loading, stale, fast   | 1     | 1    | 1    | @pubsub, @fast  |
      | pubsub\|channels      | -2    | pubsub, loading, stale         | 0     | 0    | 0    | @pubsub, @slow  |
      | pubsub\|numsub        | -2    | pubsub, loading, stale         | 0     | 0    | 0    | @pubsub, @slow  |
      | pubsub\|numpat        | 2     | pubsub, loading, stale         | 0     | 0    | 0    | @pubsub, @slow  |
      | pubsub\|shardchannels | -2    | pubsub, loading, stale         | 0     | 0    | 0    | @pubsub, @slow  |
      | pubsub\|shardnumsub   | -2    | pubsub, loading, stale         | 0     | 0    | 0    | @pubsub, @slow  |

  # ---------------------------------------------------------------- keyspace notifications

  @needs:config
  Scenario: With K and a class, a write publishes its event on the key's keyspace channel
    Given the config "notify-keyspace-events" is set to "K$"
    And client "S" runs "SUBSCRIBE __keyspace@0__:k"
    When the client runs "SET k v"
    Then client "S" receives ["message", "__keyspace@0__:k", "set"]

  @needs:config
  Scenario: With E and a class, a write publishes the key on the event's keyevent channel
    Given the config "notify-keyspace-events" is set to "Eg"
    And the client runs "SET k v"
    And client "S" runs "SUBSCRIBE __keyevent@0__:del"
    When the client runs "DEL k"
    Then client "S" receives ["message", "__keyevent@0__:del", "k"]

  @needs:config
  Scenario Outline: Class <class> notifies "<event>" for <command>
    Given the config "notify-keyspace-events" is set to "E<class>"
    And client "S" runs "PSUBSCRIBE __keyevent@0__:*"
    When the client runs "<command>"
    Then client "S" receives ["pmessage", "__keyevent@0__:*", "__keyevent@0__:<event>", "k"]

    Examples:
      | class | command           | event       |
      | $     | APPEND k v        | append      |
      | $     | INCR k            | incrby      |
      | l     | LPUSH k a         | lpush       |
      | s     | SADD k a          | sadd        |
      | h     | HSET k f v        | hset        |
      | z     | ZADD k 1 a        | zadd        |
      | z     | ZINCRBY k 1 a     | zincr       |
      | A     | RPUSH k a         | rpush       |

  @needs:config
  Scenario: Events of a class that is not enabled are not published
    Given the config "notify-keyspace-events" is set to "K$"
    And the client runs "SET old v"
    And client "S" runs "PSUBSCRIBE __keyspace@0__:*"
    When the client runs "DEL old"
    And the client runs "SET new v"
    Then client "S" receives ["pmessage", "__keyspace@0__:*", "__keyspace@0__:new", "set"]

  @needs:config
  Scenario: Without K or E no notification is published
    Given the config "notify-keyspace-events" is set to "A"
    And client "S" runs "PSUBSCRIBE __key*"
    When the client runs "SET k v"
    Then the reply is OK
    And client "S" gets nothing more within 300 ms

  @needs:config
  Scenario: SET with an expire time notifies set, then expire
    Given the config "notify-keyspace-events" is set to "K$g"
    And client "S" runs "SUBSCRIBE __keyspace@0__:k"
    When the client runs "SET k v EX 100"
    Then client "S" receives ["message", "__keyspace@0__:k", "set"]
    And client "S" receives ["message", "__keyspace@0__:k", "expire"]

  @needs:config
  Scenario: Removing the last field of a hash notifies hdel, then del
    Given the config "notify-keyspace-events" is set to "Kgh"
    And the client runs "HSET k f v"
    And client "S" runs "SUBSCRIBE __keyspace@0__:k"
    When the client runs "HDEL k f"
    Then client "S" receives ["message", "__keyspace@0__:k", "hdel"]
    And client "S" receives ["message", "__keyspace@0__:k", "del"]

  @needs:config
  Scenario: A key that expires notifies expired
    Given the config "notify-keyspace-events" is set to "Ex"
    And client "S" runs "SUBSCRIBE __keyevent@0__:expired"
    When the client runs "SET k v PX 1"
    Then client "S" receives ["message", "__keyevent@0__:expired", "k"]

  @needs:config
  Scenario: The channel names the key's database
    Given the config "notify-keyspace-events" is set to "KEl"
    And the client runs "SELECT 3"
    And client "S" runs "SUBSCRIBE __keyspace@3__:k"
    When the client runs "RPUSH k a"
    Then client "S" receives ["message", "__keyspace@3__:k", "rpush"]

  @needs:config
  Scenario: With n, creating a key notifies new before the write's own event
    Given the config "notify-keyspace-events" is set to "K$n"
    And client "S" runs "SUBSCRIBE __keyspace@0__:k"
    When the client runs "SET k v"
    Then client "S" receives ["message", "__keyspace@0__:k", "new"]
    And client "S" receives ["message", "__keyspace@0__:k", "set"]

  @needs:config
  Scenario: With m, reading a missing key notifies keymiss
    Given the config "notify-keyspace-events" is set to "Em"
    And client "S" runs "SUBSCRIBE __keyevent@0__:keymiss"
    When the client runs "GET nokey"
    Then the reply is (nil)
    And client "S" receives ["message", "__keyevent@0__:keymiss", "nokey"]
