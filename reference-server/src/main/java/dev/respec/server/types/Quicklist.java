package dev.respec.server.types;

import dev.respec.server.protocol.BulkSink;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Lzf;
import java.util.ArrayList;
import java.util.List;

/**
 * quicklist.c: the list encoding of Redis 7.0, a doubly linked list of nodes that each hold a
 * {@link Listpack} of several elements ("packed" nodes) or one large element on its own ("plain"
 * nodes, for elements of at least {@link #packedThreshold} bytes).
 *
 * <p>Invariants, as in Redis:
 * <ul>
 * <li>{@code count} is the sum of the node counts, {@code len} the number of nodes; no node is empty.</li>
 * <li>A packed node grows while {@link #allowInsert} says so: with a negative fill (-1..-5) its
 * listpack stays within 4/8/16/32/64 KB; with a positive fill it holds at most that many elements
 * and at most 8 KB. Elements are never split across nodes.</li>
 * <li>With a compress depth d &gt; 0 the d nodes at each end stay uncompressed; every node beyond is
 * LZF-compressed when that saves at least 8 bytes (and it is at least 48 bytes). A node being worked
 * on is decompressed "for use" and marked {@code recompress}, then compressed again.</li>
 * <li>Fill and compress depth are fixed per list when it is created (the configuration at that time).</li>
 * </ul>
 * Element positions inside a node are listpack byte offsets; plain nodes keep their element as a byte
 * array. Iteration goes through {@link Iter}, which mirrors quicklistIter (including deleting the
 * current element while iterating). Not thread-safe; owned by the event loop like every value.
 */
public final class Quicklist {
    public static final int HEAD = 0;
    public static final int TAIL = 1;

    private static final int[] OPTIMIZATION_LEVEL = {4096, 8192, 16384, 32768, 65536};
    private static final int SIZE_SAFETY_LIMIT = 8192;
    private static final int SIZE_ESTIMATE_OVERHEAD = 8;
    private static final int MIN_COMPRESS_BYTES = 48;
    private static final int MIN_COMPRESS_IMPROVE = 8;
    public static final int FILL_MAX = (1 << 15) - 1;
    public static final int COMPRESS_MAX = (1 << 16) - 1;
    public static final long DEFAULT_PACKED_THRESHOLD = 1L << 30;

    /** Elements this size or bigger get a plain node of their own (global, like Redis's). */
    private static volatile long packedThreshold = DEFAULT_PACKED_THRESHOLD;

    /** A node: a packed listpack or one plain element, either of which may be held LZF-compressed. */
    static final class Node {
        Node prev;
        Node next;
        Listpack lp;
        byte[] plain;
        byte[] lzf;
        /** Bytes of the uncompressed contents: the listpack image size, or the plain element's length. */
        int sz;
        int count;
        boolean isPlain;
        boolean recompress;
        boolean dontCompress;
        /** Payload bytes this node was last counted with in {@link Quicklist#storedBytes}. */
        int stored;

        boolean compressed() {
            return lzf != null;
        }
    }

    private Node head;
    private Node tail;
    private long count;
    private int len;
    private final int fill;
    private final int compress;
    /** Sum of the nodes' payload bytes as held (listpack capacity, plain element, or LZF bytes). */
    private long storedBytes;

    /** quicklistNew: fill and compress depth are clamped as quicklistSetOptions does. */
    public Quicklist(int fill, int compressDepth) {
        this.fill = Math.max(-5, Math.min(FILL_MAX, fill));
        this.compress = Math.max(0, Math.min(COMPRESS_MAX, compressDepth));
    }

    /**
     * quicklistisSetPackedThreshold (DEBUG QUICKLIST-PACKED-THRESHOLD): 0 restores the 1 GB default;
     * false when the size is above 4 GB - 1 MB.
     */
    public static boolean setPackedThreshold(long size) {
        if (size < 0 || size > (1L << 32) - (1 << 20)) {
            return false;
        }
        packedThreshold = size == 0 ? DEFAULT_PACKED_THRESHOLD : size;
        return true;
    }

    public static long packedThreshold() {
        return packedThreshold;
    }

    private static boolean isLargeElement(long sz) {
        return sz >= packedThreshold;
    }

    public long count() {
        return count;
    }

    /** Number of nodes. */
    public int nodeCount() {
        return len;
    }

    public int fill() {
        return fill;
    }

    public int compressDepth() {
        return compress;
    }

    // ------------------------------------------------------------------ compression

    /** __quicklistCompressNode: true when the node is now compressed. */
    private boolean compressNode(Node node) {
        if (node.dontCompress) {
            return false;
        }
        node.recompress = false;
        if (node.sz < MIN_COMPRESS_BYTES) {
            return false;
        }
        byte[] raw = node.isPlain ? node.plain : node.lp.toBytes();
        // success only when the result is at least MIN_COMPRESS_IMPROVE + 1 bytes smaller
        byte[] lzf = Lzf.compress(raw, node.sz - MIN_COMPRESS_IMPROVE - 1);
        if (lzf == null) {
            return false;
        }
        node.lzf = lzf;
        node.lp = null;
        node.plain = null;
        restat(node);
        return true;
    }

    private void compressIfRaw(Node node) {
        if (node != null && !node.compressed()) {
            compressNode(node);
        }
    }

    /** __quicklistDecompressNode. */
    private void decompressNode(Node node) {
        if (node == null || !node.compressed()) {
            return;
        }
        node.recompress = false;
        byte[] raw = Lzf.decompress(node.lzf, node.sz);
        if (raw == null) {
            throw new IllegalStateException("corrupt compressed quicklist node");
        }
        if (node.isPlain) {
            node.plain = raw;
        } else {
            node.lp = Listpack.fromBytes(raw);
        }
        node.lzf = null;
        restat(node);
    }

    /** quicklistDecompressNodeForUse: decompress and remember to compress it back. */
    private void decompressForUse(Node node) {
        if (node != null && node.compressed()) {
            decompressNode(node);
            node.recompress = true;
        }
    }

    /** quicklistRecompressOnly. */
    private void recompressOnly(Node node) {
        if (node.recompress) {
            compressIfRaw(node);
        }
    }

    /**
     * __quicklistCompress: keeps the depth nodes at both ends uncompressed and compresses the node
     * given (when it is beyond the depth) and the first node beyond the depth on each side.
     */
    private void compressAround(Node node) {
        if (len == 0 || compress == 0 || len < compress * 2) {
            return;
        }
        Node forward = head;
        Node reverse = tail;
        int depth = 0;
        boolean inDepth = false;
        while (depth++ < compress) {
            decompressNode(forward);
            decompressNode(reverse);
            if (forward == node || reverse == node) {
                inDepth = true;
            }
            if (forward == reverse || forward.next == reverse) {
                return;
            }
            forward = forward.next;
            reverse = reverse.prev;
        }
        if (!inDepth && node != null) {
            compressIfRaw(node);
        }
        compressIfRaw(forward);
        compressIfRaw(reverse);
    }

    /** The quicklistCompress macro. */
    private void compressNodeOrList(Node node) {
        if (node.recompress) {
            compressIfRaw(node);
        } else {
            compressAround(node);
        }
    }

    // ------------------------------------------------------------------ node management

    private static Node newPackedNode() {
        Node n = new Node();
        n.lp = new Listpack();
        n.sz = n.lp.bytesUsed();
        return n;
    }

    private static Node newPlainNode(byte[] value) {
        Node n = new Node();
        n.isPlain = true;
        n.plain = value.clone();
        n.sz = value.length;
        n.count = 1;
        return n;
    }

    private void updateSz(Node node) {
        node.sz = node.lp.bytesUsed();
        restat(node);
    }

    /** Recounts what a node holds into {@link #storedBytes} (after any change of its payload). */
    private void restat(Node node) {
        int now = node.compressed() ? node.lzf.length : node.isPlain ? node.plain.length : node.lp.bytesAllocated();
        storedBytes += now - node.stored;
        node.stored = now;
    }

    /** __quicklistInsertNode: links newNode after (or before) oldNode, which may be null for an empty list. */
    private void insertNode(Node oldNode, Node newNode, boolean after) {
        if (after) {
            newNode.prev = oldNode;
            if (oldNode != null) {
                newNode.next = oldNode.next;
                if (oldNode.next != null) {
                    oldNode.next.prev = newNode;
                }
                oldNode.next = newNode;
            }
            if (tail == oldNode) {
                tail = newNode;
            }
        } else {
            newNode.next = oldNode;
            if (oldNode != null) {
                newNode.prev = oldNode.prev;
                if (oldNode.prev != null) {
                    oldNode.prev.next = newNode;
                }
                oldNode.prev = newNode;
            }
            if (head == oldNode) {
                head = newNode;
            }
        }
        if (len == 0) {
            head = newNode;
            tail = newNode;
        }
        len++;
        restat(newNode);
        if (oldNode != null) {
            compressNodeOrList(oldNode);
        }
        compressNodeOrList(newNode);
    }

    /** __quicklistDelNode. */
    private void delNode(Node node) {
        if (node.next != null) {
            node.next.prev = node.prev;
        }
        if (node.prev != null) {
            node.prev.next = node.next;
        }
        if (node == tail) {
            tail = node.prev;
        }
        if (node == head) {
            head = node.next;
        }
        len--;
        count -= node.count;
        storedBytes -= node.stored;
        node.stored = 0;
        // deleting a node inside the depth may leave compressed nodes that must now be plain
        compressAround(null);
        node.prev = null;
        node.next = null;
    }

    private static boolean sizeMeetsOptimizationRequirement(long sz, int fill) {
        if (fill >= 0) {
            return false;
        }
        int offset = -fill - 1;
        return offset < OPTIMIZATION_LEVEL.length && sz <= OPTIMIZATION_LEVEL[offset];
    }

    /** _quicklistNodeAllowInsert: may an element of sz bytes go into this node. */
    private boolean allowInsert(Node node, long sz) {
        if (node == null || node.isPlain || isLargeElement(sz)) {
            return false;
        }
        long newSz = node.sz + sz + SIZE_ESTIMATE_OVERHEAD;
        if (sizeMeetsOptimizationRequirement(newSz, fill)) {
            return true;
        }
        if (newSz > SIZE_SAFETY_LIMIT) {
            return false;
        }
        return node.count < fill;
    }

    /** _quicklistNodeAllowMerge. */
    private boolean allowMerge(Node a, Node b) {
        if (a == null || b == null || a.isPlain || b.isPlain) {
            return false;
        }
        long mergeSz = (long) a.sz + b.sz - 11;
        if (sizeMeetsOptimizationRequirement(mergeSz, fill)) {
            return true;
        }
        if (mergeSz > SIZE_SAFETY_LIMIT) {
            return false;
        }
        return a.count + b.count <= fill;
    }

    // ------------------------------------------------------------------ push and pop

    /** quicklistPush at the head or the tail. */
    public void push(byte[] value, int where) {
        if (where == HEAD) {
            pushHead(value);
        } else {
            pushTail(value);
        }
    }

    public void pushHead(byte[] value) {
        if (isLargeElement(value.length)) {
            insertNode(head, newPlainNode(value), false);
            count++;
            return;
        }
        if (allowInsert(head, value.length)) {
            head.lp.prepend(value);
            updateSz(head);
        } else {
            Node node = newPackedNode();
            node.lp.prepend(value);
            updateSz(node);
            insertNode(head, node, false);
        }
        count++;
        head.count++;
    }

    public void pushTail(byte[] value) {
        if (isLargeElement(value.length)) {
            insertNode(tail, newPlainNode(value), true);
            count++;
            return;
        }
        if (allowInsert(tail, value.length)) {
            tail.lp.append(value);
            updateSz(tail);
        } else {
            Node node = newPackedNode();
            node.lp.append(value);
            updateSz(node);
            insertNode(tail, node, true);
        }
        count++;
        tail.count++;
    }

    /** quicklistPop: removes and returns the head or tail element, or null when empty. */
    public byte[] pop(int where) {
        if (count == 0) {
            return null;
        }
        Node node = where == HEAD ? head : tail;
        if (node.isPlain) {
            byte[] v = node.plain;
            delIndex(node, 0);
            return v;
        }
        int p = where == HEAD ? node.lp.first() : node.lp.last();
        byte[] v = node.lp.getBytes(p);
        delIndex(node, p);
        return v;
    }

    /**
     * quicklistDelIndex: deletes the element at position p of node (an uncompressed node). Returns
     * true when the whole node went away.
     */
    private boolean delIndex(Node node, int p) {
        if (node.isPlain) {
            delNode(node);
            return true;
        }
        node.lp.delete(p);
        node.count--;
        count--;
        if (node.count == 0) {
            delNode(node);
            return true;
        }
        updateSz(node);
        return false;
    }

    // ------------------------------------------------------------------ loading and saving

    /** quicklistAppendListpack: a whole node from an RDB file (the listpack image is taken as is). */
    public void appendListpack(Listpack lp) {
        Node node = new Node();
        node.lp = lp;
        node.count = lp.size();
        node.sz = lp.bytesUsed();
        insertNode(tail, node, true);
        count += node.count;
    }

    /** quicklistAppendPlainNode: a plain node from an RDB file. */
    public void appendPlainNode(byte[] value) {
        Node node = new Node();
        node.isPlain = true;
        node.plain = value;
        node.sz = value.length;
        node.count = 1;
        insertNode(tail, node, true);
        count++;
    }

    /**
     * What RDB saving writes for one node: its container, and either its raw bytes (a listpack image
     * or the plain element) or its LZF bytes with the raw size.
     */
    public record NodeImage(boolean plain, boolean compressed, byte[] data, int rawSize, int count) {
    }

    /** The nodes as they are now, head to tail, without decompressing anything. */
    public List<NodeImage> nodeImages() {
        List<NodeImage> out = new ArrayList<>(len);
        for (Node n = head; n != null; n = n.next) {
            byte[] data = n.compressed() ? n.lzf : (n.isPlain ? n.plain : n.lp.toBytes());
            out.add(new NodeImage(n.isPlain, n.compressed(), data, n.sz, n.count));
        }
        return out;
    }

    /** Sum of the nodes' uncompressed sizes (DEBUG OBJECT ql_uncompressed_size). */
    public long uncompressedSize() {
        long sz = 0;
        for (Node n = head; n != null; n = n.next) {
            sz += n.sz;
        }
        return sz;
    }

    /** Number of nodes currently held compressed. */
    public int compressedNodes() {
        int n = 0;
        for (Node x = head; x != null; x = x.next) {
            if (x.compressed()) {
                n++;
            }
        }
        return n;
    }

    /** What a quicklist and a node cost besides their payload (objects, references, array headers). */
    private static final long QUICKLIST_OVERHEAD = 48;
    private static final long NODE_OVERHEAD = 88;

    /**
     * The bytes this list occupies: fixed costs per list and per node plus the payload as held. O(1):
     * the payload total is kept up to date as nodes change.
     */
    public long allocatedBytes() {
        return QUICKLIST_OVERHEAD + len * NODE_OVERHEAD + storedBytes;
    }

    /** The payload total counted from scratch (O(nodes)); tests check it against the running one. */
    long recountAllocatedBytes() {
        long stored = 0;
        for (Node n = head; n != null; n = n.next) {
            stored += n.compressed() ? n.lzf.length : n.isPlain ? n.plain.length : n.lp.bytesAllocated();
        }
        return QUICKLIST_OVERHEAD + len * NODE_OVERHEAD + stored;
    }

    /** quicklistRepr(ql, 0): the header, then one line per node, as Redis prints them. */
    String repr() {
        StringBuilder out = new StringBuilder();
        out.append("{count : ").append(count).append("}\n")
                .append("{len : ").append(len).append("}\n")
                .append("{fill : ").append(fill).append("}\n")
                .append("{compress : ").append(compress).append("}\n")
                .append("{bookmark_count : 0}\n");
        int i = 0;
        for (Node n = head; n != null; n = n.next) {
            out.append("{quicklist node(").append(i++).append(")\n")
                    .append("{container : ").append(n.isPlain ? "PLAIN" : "PACKED")
                    .append(", encoding: ").append(n.compressed() ? "LZF" : "RAW")
                    .append(", size: ").append(n.sz)
                    .append(", count: ").append(n.count)
                    .append(", recompress: ").append(n.recompress ? 1 : 0)
                    .append(", attempted_compress: 0}\n");
        }
        return out.toString();
    }

    /** quicklistDup: a deep copy with the same nodes, compressed ones copied compressed. */
    public Quicklist dup() {
        Quicklist copy = new Quicklist(fill, compress);
        for (Node cur = head; cur != null; cur = cur.next) {
            Node node = new Node();
            node.isPlain = cur.isPlain;
            if (cur.compressed()) {
                node.lzf = cur.lzf.clone();
            } else if (cur.isPlain) {
                node.plain = cur.plain.clone();
            } else {
                node.lp = cur.lp.copy();
            }
            node.count = cur.count;
            node.sz = cur.sz;
            copy.count += node.count;
            copy.insertNode(copy.tail, node, true);
        }
        return copy;
    }

    // ------------------------------------------------------------------ ranges and indexes

    /** The element at index (negative from the tail), or null when out of range. */
    public byte[] index(long idx) {
        Iter it = iteratorAtIndex(TAIL, idx);
        if (it == null) {
            return null;
        }
        it.next();
        byte[] v = it.value();
        it.release();
        return v;
    }

    /** quicklistReplaceAtIndex: false when the index is out of range. */
    public boolean replaceAtIndex(long idx, byte[] value) {
        Iter it = iteratorAtIndex(TAIL, idx);
        if (it == null) {
            return false;
        }
        it.next();
        it.replace(value);
        it.release();
        return true;
    }

    /** quicklistDelRange: deletes n elements from start (negative from the tail); false if none. */
    public boolean delRange(long start, long n) {
        if (n <= 0) {
            return false;
        }
        long extent = n;
        if (start >= 0 && extent > count - start) {
            extent = count - start;
        } else if (start < 0 && extent > -start) {
            extent = -start;
        }
        Iter it = iteratorAtIndex(TAIL, start);
        if (it == null) {
            return false;
        }
        Node node = it.current;
        long offset = it.offset;
        it.release();
        while (extent > 0) {
            Node next = node.next;
            long del;
            boolean deleteEntireNode = false;
            if (offset == 0 && extent >= node.count) {
                deleteEntireNode = true;
                del = node.count;
            } else if (offset >= 0 && extent + offset >= node.count) {
                del = node.count - offset;
            } else if (offset < 0) {
                del = Math.min(-offset, extent);
            } else {
                del = extent;
            }
            if (deleteEntireNode || node.isPlain) {
                delNode(node);
            } else {
                decompressForUse(node);
                node.lp.deleteRange(offset, del);
                updateSz(node);
                node.count -= (int) del;
                count -= del;
                if (node.count == 0) {
                    delNode(node);
                } else {
                    recompressOnly(node);
                }
            }
            extent -= del;
            node = next;
            offset = 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ iteration

    /** quicklistGetIterator: from the head (HEAD) or the tail (TAIL). */
    public Iter iterator(int direction) {
        Iter it = new Iter(direction);
        if (direction == HEAD) {
            it.current = head;
            it.offset = 0;
        } else {
            it.current = tail;
            it.offset = -1;
        }
        return it;
    }

    /**
     * quicklistGetIteratorAtIdx: an iterator whose first {@link Iter#next} returns the element at
     * idx (negative from the tail) and then moves in the given direction; null when out of range.
     */
    public Iter iteratorAtIndex(int direction, long idx) {
        boolean forward = idx >= 0;
        long index = forward ? idx : -idx - 1;
        if (index >= count) {
            return null;
        }
        boolean seekForward = forward;
        long seekIndex = index;
        if (index > (count - 1) / 2) {
            seekForward = !forward;
            seekIndex = count - 1 - index;
        }
        Node n = seekForward ? head : tail;
        long accum = 0;
        while (n != null) {
            if (accum + n.count > seekIndex) {
                break;
            }
            accum += n.count;
            n = seekForward ? n.next : n.prev;
        }
        if (n == null) {
            return null;
        }
        if (seekForward != forward) {
            accum = count - n.count - accum;
        }
        Iter it = new Iter(direction);
        it.current = n;
        it.offset = forward ? index - accum : -index - 1 + accum;
        return it;
    }

    /**
     * quicklistIter + quicklistEntry in one: {@link #next} moves to the next element, which the
     * accessors then describe. Deleting the current element keeps the iterator usable; inserting or
     * replacing ends it. {@link #release} must be called when done (it recompresses the last node).
     */
    public final class Iter {
        private final int direction;
        Node current;
        /** Index of the element in its node: from the head when >= 0, from the tail when < 0. */
        long offset;
        /** Position of the element in the node's listpack (0 for a plain node), or -1 when not positioned. */
        private int zi = -1;
        private Node entryNode;
        private int entryZi;
        private long entryOffset;

        Iter(int direction) {
            this.direction = direction;
        }

        /** quicklistNext: false when there are no more elements. */
        public boolean next() {
            while (true) {
                entryNode = current;
                if (current == null) {
                    return false;
                }
                boolean plain = current.isPlain;
                if (zi < 0) {
                    decompressForUse(current);
                    zi = plain ? 0 : current.lp.seek(offset);
                } else if (plain) {
                    zi = -1;
                } else if (direction == HEAD) {
                    zi = current.lp.next(zi);
                    offset++;
                } else {
                    zi = current.lp.prev(zi);
                    offset--;
                }
                if (zi >= 0) {
                    entryZi = zi;
                    entryOffset = offset;
                    return true;
                }
                compressNodeOrList(current);
                if (direction == HEAD) {
                    current = current.next;
                    offset = 0;
                } else {
                    current = current.prev;
                    offset = -1;
                }
                zi = -1;
            }
        }

        /** The current element as a string (integers in decimal). */
        public byte[] value() {
            return entryNode.isPlain ? entryNode.plain.clone() : entryNode.lp.getBytes(entryZi);
        }

        /** The current element's bytes without copying for plain nodes; callers must not modify it. */
        public byte[] valueView() {
            return entryNode.isPlain ? entryNode.plain : entryNode.lp.getBytes(entryZi);
        }

        /** The current element as a bulk reply, without copying it. */
        public void emitValue(BulkSink sink) {
            if (entryNode.isPlain) {
                sink.addReplyBulk(entryNode.plain, 0, entryNode.plain.length);
            } else {
                entryNode.lp.emitAt(entryZi, sink);
            }
        }

        /** quicklistCompare: the current element equals s. */
        public boolean valueEquals(byte[] s) {
            if (entryNode.isPlain) {
                return Bytes.equals(entryNode.plain, s);
            }
            return entryNode.lp.equalsAt(entryZi, s);
        }

        /** quicklistDelEntry: deletes the current element; the next call to next() continues after it. */
        public void delete() {
            Node prev = entryNode.prev;
            Node next = entryNode.next;
            boolean deletedNode = delIndex(entryNode, entryZi);
            zi = -1;
            if (deletedNode) {
                if (direction == HEAD) {
                    current = next;
                    offset = 0;
                } else {
                    current = prev;
                    offset = -1;
                }
            }
        }

        /** quicklistInsertBefore / quicklistInsertAfter the current element; ends the iteration. */
        public void insert(byte[] value, boolean after) {
            insertAt(this, value, after);
            current = null;
            zi = -1;
        }

        /** quicklistReplaceEntry: replaces the current element; ends the iteration. */
        public void replace(byte[] value) {
            replaceEntry(this, value);
            current = null;
            zi = -1;
        }

        /** quicklistReleaseIterator. */
        public void release() {
            if (current != null) {
                compressNodeOrList(current);
            }
            current = null;
        }
    }

    /** _quicklistSplitNode: see quicklist.c; returns the new node, not yet linked. */
    private Node splitNode(Node node, long offset, boolean after) {
        Node newNode = new Node();
        newNode.lp = node.lp.copy();
        if (offset < 0) {
            offset = node.count + offset;
        }
        long origStart = after ? offset + 1 : 0;
        long origExtent = after ? Long.MAX_VALUE : offset;
        long newStart = after ? 0 : offset;
        long newExtent = after ? offset + 1 : Long.MAX_VALUE;
        node.lp.deleteRange(origStart, origExtent);
        node.count = node.lp.size();
        updateSz(node);
        newNode.lp.deleteRange(newStart, newExtent);
        newNode.count = newNode.lp.size();
        updateSz(newNode);
        return newNode;
    }

    /** _quicklistListpackMerge: merges b (right) into a (left) or the reverse; returns the kept node. */
    private Node listpackMerge(Node a, Node b) {
        decompressNode(a);
        decompressNode(b);
        Listpack merged = Listpack.merge(a.lp, b.lp);
        Node keep = a.sz >= b.sz ? a : b;
        Node nokeep = keep == a ? b : a;
        keep.lp = merged;
        keep.count = merged.size();
        updateSz(keep);
        nokeep.count = 0;
        delNode(nokeep);
        compressNodeOrList(keep);
        return keep;
    }

    /** _quicklistMergeNodes: tries to merge the neighbours of center, then center with its neighbours. */
    private void mergeNodes(Node center) {
        Node prev = null;
        Node prevPrev = null;
        Node next = null;
        Node nextNext = null;
        if (center.prev != null) {
            prev = center.prev;
            prevPrev = center.prev.prev;
        }
        if (center.next != null) {
            next = center.next;
            nextNext = center.next.next;
        }
        if (allowMerge(prev, prevPrev)) {
            listpackMerge(prevPrev, prev);
        }
        if (allowMerge(next, nextNext)) {
            listpackMerge(next, nextNext);
        }
        Node target;
        if (allowMerge(center, center.prev)) {
            target = listpackMerge(center.prev, center);
        } else {
            target = center;
        }
        if (allowMerge(target, target.next)) {
            listpackMerge(target, target.next);
        }
    }

    /** _quicklistInsert: inserts value before or after the iterator's current element. */
    private void insertAt(Iter it, byte[] value, boolean after) {
        long sz = value.length;
        Node node = it.entryNode;
        long offset = it.entryOffset;
        if (node == null) {
            if (isLargeElement(sz)) {
                insertNode(tail, newPlainNode(value), after);
                count++;
                return;
            }
            Node n = newPackedNode();
            n.lp.prepend(value);
            updateSz(n);
            n.count++;
            insertNode(null, n, after);
            count++;
            return;
        }
        boolean full = !allowInsert(node, sz);
        boolean atTail = false;
        boolean atHead = false;
        boolean availNext = false;
        boolean availPrev = false;
        if (after && (offset == node.count - 1 || offset == -1)) {
            atTail = true;
            availNext = allowInsert(node.next, sz);
        }
        if (!after && (offset == 0 || offset == -node.count)) {
            atHead = true;
            availPrev = allowInsert(node.prev, sz);
        }
        if (isLargeElement(sz)) {
            if (node.isPlain || (atTail && after) || (atHead && !after)) {
                insertNode(node, newPlainNode(value), after);
                count++;
            } else {
                decompressForUse(node);
                Node newNode = splitNode(node, offset, after);
                Node entryNode = newPlainNode(value);
                insertNode(node, entryNode, after);
                insertNode(entryNode, newNode, after);
                count++;
            }
            return;
        }
        Node newNode;
        if (!full) {
            decompressForUse(node);
            if (after) {
                node.lp.insertAfter(it.entryZi, value);
            } else {
                node.lp.insertBefore(it.entryZi, value);
            }
            node.count++;
            updateSz(node);
            recompressOnly(node);
        } else if (atTail && availNext && after) {
            newNode = node.next;
            decompressForUse(newNode);
            newNode.lp.prepend(value);
            newNode.count++;
            updateSz(newNode);
            recompressOnly(newNode);
            recompressOnly(node);
        } else if (atHead && availPrev && !after) {
            newNode = node.prev;
            decompressForUse(newNode);
            newNode.lp.append(value);
            newNode.count++;
            updateSz(newNode);
            recompressOnly(newNode);
            recompressOnly(node);
        } else if ((atTail && !availNext && after) || (atHead && !availPrev && !after)) {
            newNode = newPackedNode();
            newNode.lp.prepend(value);
            newNode.count++;
            updateSz(newNode);
            insertNode(node, newNode, after);
        } else {
            decompressForUse(node);
            newNode = splitNode(node, offset, after);
            if (after) {
                newNode.lp.prepend(value);
            } else {
                newNode.lp.append(value);
            }
            newNode.count++;
            updateSz(newNode);
            insertNode(node, newNode, after);
            mergeNodes(node);
        }
        count++;
    }

    /** quicklistReplaceEntry. */
    private void replaceEntry(Iter it, byte[] value) {
        Node node = it.entryNode;
        if (!node.isPlain && !isLargeElement(value.length)) {
            node.lp.replace(it.entryZi, value);
            updateSz(node);
            compressNodeOrList(node);
        } else if (node.isPlain) {
            if (isLargeElement(value.length)) {
                node.plain = value.clone();
                node.sz = value.length;
                restat(node);
                compressNodeOrList(node);
            } else {
                insertAt(it, value, true);
                delNode(node);
            }
        } else {
            node.dontCompress = true; // the element after it is deleted below: keep it readable
            insertAt(it, value, true);
            if (node.count == 1) {
                delNode(node);
            } else {
                delIndex(node, node.lp.last());
                node.dontCompress = false;
                compressNodeOrList(node);
                compressNodeOrList(node.next);
            }
        }
    }
}
