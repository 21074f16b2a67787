import { ChatClientEvents, ChatServerEvents } from '@ownerdash/contracts';
import { Server, Socket } from 'socket.io';

/** The chat's Socket.IO server and sockets, typed by the event maps of the contracts. */
export type ChatServer = Server<ChatClientEvents, ChatServerEvents>;
export type ChatSocket = Socket<ChatClientEvents, ChatServerEvents>;
